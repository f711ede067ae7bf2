package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.ImportRun;
import dev.opscharter.application.compliance.ImportState;
import dev.opscharter.application.compliance.port.out.ImportRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ImportRuns} does, the in-memory fake as much as the PostgreSQL adapter. Another
 * holder of a run's lock acts from a thread of its own, as another instance does from its connection.
 */
abstract class ImportRunsContract {

    static final Instant AT = Instant.parse("2026-07-01T02:00:00Z");

    protected abstract ImportRuns runs();

    private final ExecutorService elsewhere = Executors.newCachedThreadPool();

    @AfterEach
    void stopElsewhere() {
        elsewhere.shutdownNow();
    }

    UUID begin(String file, Instant at) {
        var id = UUID.randomUUID();
        runs().begin(new ImportRun(id, file, "李专员", at, ImportState.RUNNING, at, "host-a:42", Optional.empty(),
                Optional.empty(), 0, 0, 0));
        return id;
    }

    /** As the list shows it; the store may hold runs of other tests. */
    ImportRun stored(UUID id) {
        return runs().newest(10_000).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private Optional<ImportRuns.Lease> tryLockElsewhere(UUID run) throws Exception {
        return elsewhere.submit(() -> runs().tryLock(run)).get(10, TimeUnit.SECONDS);
    }

    /** Someone else takes the run's lock at once (so it was free) and lets go. */
    private void assertFreeElsewhere(UUID run) throws Exception {
        var lease = tryLockElsewhere(run);
        assertThat(lease).as("free").isPresent();
        lease.get().close();
    }

    @Test
    void a_begun_run_is_running_as_it_was_begun_with_its_first_heartbeat() {
        var id = begin("records.csv", AT);

        assertThat(runs().running()).filteredOn(r -> r.id().equals(id)).singleElement().satisfies(r -> {
            assertThat(r.fileName()).isEqualTo("records.csv");
            assertThat(r.startedBy()).isEqualTo("李专员");
            assertThat(r.startedAt()).isEqualTo(AT);
            assertThat(r.heartbeatAt()).isEqualTo(AT);
            assertThat(r.instance()).isEqualTo("host-a:42");
            assertThat(r.state()).isEqualTo(ImportState.RUNNING);
            assertThat(r.finishedAt()).isEmpty();
            assertThat(r.failure()).isEmpty();
            assertThat(new long[]{r.received(), r.added(), r.alreadyStored()}).containsExactly(0, 0, 0);
        });
    }

    @Test
    void a_run_is_running_with_its_heartbeat_then_done_with_its_counts() {
        var id = begin("records.csv", AT);
        runs().heartbeat(id, AT.plusSeconds(10));

        assertThat(runs().running()).filteredOn(r -> r.id().equals(id)).singleElement()
                .satisfies(r -> assertThat(r.heartbeatAt()).isEqualTo(AT.plusSeconds(10)));

        runs().finish(id, AT.plusSeconds(30), 5, 4, 1);
        var done = stored(id);
        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.finishedAt()).contains(AT.plusSeconds(30));
        assertThat(done.failure()).isEmpty();
        assertThat(new long[]{done.received(), done.added(), done.alreadyStored()}).containsExactly(5, 4, 1);
        assertThat(runs().running()).noneMatch(r -> r.id().equals(id));
        assertThat(runs().fail(id, AT.plusSeconds(40), "late")).as("a finished run stays as it ended").isFalse();
        assertThat(stored(id)).isEqualTo(done);
    }

    @Test
    void only_a_running_run_fails_and_it_keeps_its_reason() {
        var id = begin("broken.csv", AT);

        assertThat(runs().fail(id, AT.plusSeconds(5), "interrupted")).isTrue();
        assertThat(runs().fail(id, AT.plusSeconds(6), "again")).isFalse();

        var failed = stored(id);
        assertThat(failed.state()).isEqualTo(ImportState.FAILED);
        assertThat(failed.failure()).contains("interrupted");
        assertThat(failed.finishedAt()).contains(AT.plusSeconds(5));
        assertThat(runs().running()).noneMatch(r -> r.id().equals(id));
    }

    /** The recovery failed the run (its lock was free) while its import still committed: FAILED stands. */
    @Test
    void a_run_that_failed_stays_failed_when_its_import_finishes_late() {
        var id = begin("late.csv", AT);
        assertThat(runs().fail(id, AT.plusSeconds(5), "interrupted")).isTrue();

        runs().finish(id, AT.plusSeconds(9), 5, 5, 0);

        var run = stored(id);
        assertThat(run.state()).isEqualTo(ImportState.FAILED);
        assertThat(run.failure()).contains("interrupted");
        assertThat(run.finishedAt()).contains(AT.plusSeconds(5));
    }

    @Test
    void a_heartbeat_moves_only_a_running_run_and_one_for_an_unknown_run_changes_nothing() {
        var id = begin("beat.csv", AT);
        runs().finish(id, AT.plusSeconds(30), 1, 1, 0);
        var done = stored(id);

        runs().heartbeat(id, AT.plusSeconds(60));
        runs().heartbeat(UUID.randomUUID(), AT.plusSeconds(60));

        assertThat(stored(id)).isEqualTo(done);
        assertThat(runs().fail(UUID.randomUUID(), AT, "nobody")).isFalse();
    }

    @Test
    void newest_lists_the_latest_started_runs_first_and_at_most_as_many_as_asked() {
        var late = Instant.parse("2099-01-01T00:00:00Z").plusSeconds(UUID.randomUUID().hashCode() & 0xffff);
        var first = begin("a.csv", late);
        var second = begin("b.csv", late.plusSeconds(60));
        var third = begin("c.csv", late.minusSeconds(60));

        assertThat(runs().newest(10_000)).extracting(ImportRun::id).containsSubsequence(second, first, third);
        var five = runs().newest(5);
        assertThat(five).hasSizeLessThanOrEqualTo(5).isEqualTo(runs().newest(10_000).subList(0, five.size()));
        assertThat(five).isSortedAccordingTo((a, b) -> b.startedAt().compareTo(a.startedAt()));
        assertThat(runs().newest(0)).isEmpty();
    }

    @Test
    void the_lock_of_a_run_is_held_by_one_holder_at_a_time() throws Exception {
        var id = begin("locked.csv", AT);
        try (var lease = runs().tryLock(id).orElseThrow()) {
            assertThat(tryLockElsewhere(id)).isEmpty();
            assertThat(runs().tryLock(id)).as("not even the holder takes it twice").isEmpty();
        }
        assertFreeElsewhere(id);
    }

    @Test
    void closing_a_lease_again_does_not_release_the_next_holders_lock() throws Exception {
        var id = begin("twice.csv", AT);
        var first = runs().tryLock(id).orElseThrow();
        first.close();
        var second = tryLockElsewhere(id).orElseThrow();

        first.close();

        assertThat(runs().tryLock(id)).as("the second holder keeps it").isEmpty();
        second.close();
        assertFreeElsewhere(id);
    }

    @Test
    void the_locks_of_two_runs_are_independent_and_need_no_stored_run() throws Exception {
        var one = UUID.randomUUID();
        var other = UUID.randomUUID();
        try (var held = runs().tryLock(one).orElseThrow()) {
            var lease = tryLockElsewhere(other);
            assertThat(lease).isPresent();
            lease.get().close();
        }
    }
}
