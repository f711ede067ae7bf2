package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.compliance.ImportRun;
import dev.opscharter.application.compliance.ImportState;
import dev.opscharter.application.compliance.port.out.ImportRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcImportRunsIT {

    static final Instant AT = Instant.parse("2026-07-01T02:00:00Z");

    @Autowired
    private ImportRuns runs;

    @Autowired
    private JdbcClient jdbc;

    private UUID begin(String file) {
        var id = UUID.randomUUID();
        runs.begin(new ImportRun(id, file, "李专员", AT, ImportState.RUNNING, AT, "host-a:42", Optional.empty(),
                Optional.empty(), 0, 0, 0));
        return id;
    }

    private ImportRun stored(UUID id) {
        return runs.newest(1_000).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_run_is_running_with_its_heartbeat_then_done_with_its_counts() {
        var id = begin("records.csv");
        runs.heartbeat(id, AT.plusSeconds(10));

        assertThat(runs.running()).filteredOn(r -> r.id().equals(id)).singleElement().satisfies(r -> {
            assertThat(r.heartbeatAt()).isEqualTo(AT.plusSeconds(10));
            assertThat(r.startedBy()).isEqualTo("李专员");
            assertThat(r.instance()).isEqualTo("host-a:42");
        });

        runs.finish(id, AT.plusSeconds(30), 5, 4, 1);
        var done = stored(id);
        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.finishedAt()).contains(AT.plusSeconds(30));
        assertThat(new long[]{done.received(), done.added(), done.alreadyStored()}).containsExactly(5, 4, 1);
        assertThat(runs.running()).noneMatch(r -> r.id().equals(id));
        assertThat(runs.fail(id, AT.plusSeconds(40), "late")).as("a finished run stays as it ended").isFalse();
    }

    @Test
    void only_a_running_run_fails_and_it_keeps_its_reason() {
        var id = begin("broken.csv");

        assertThat(runs.fail(id, AT.plusSeconds(5), "interrupted")).isTrue();
        assertThat(runs.fail(id, AT.plusSeconds(6), "again")).isFalse();

        var failed = stored(id);
        assertThat(failed.state()).isEqualTo(ImportState.FAILED);
        assertThat(failed.failure()).contains("interrupted");
    }

    @Test
    void the_table_refuses_a_failed_run_without_a_reason() {
        var id = begin("x.csv");
        assertThatThrownBy(() -> jdbc.sql("update execution_import_run set state = 'FAILED', finished_at = now()"
                + " where id = :id").param("id", id).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_lock_of_a_run_is_held_by_one_holder_at_a_time() throws Exception {
        var id = begin("locked.csv");
        try (var executor = Executors.newSingleThreadExecutor()) {
            try (var lease = runs.tryLock(id).orElseThrow()) {
                assertThat(executor.submit(() -> runs.tryLock(id).isPresent()).get()).isFalse();
            }
            var again = executor.submit(() -> runs.tryLock(id)).get();
            assertThat(again).isPresent();
            again.get().close();
        }
    }
}
