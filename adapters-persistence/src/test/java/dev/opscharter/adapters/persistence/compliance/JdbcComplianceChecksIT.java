package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.compliance.port.out.CheckLocks;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.compliance.CaseResult;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.RunState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcComplianceChecksIT extends ComplianceChecksContract {

    @Autowired
    private ComplianceChecks checks;

    @Autowired
    private CheckLocks locks;

    @Autowired
    private Transactions transactions;

    @Autowired
    private JdbcClient jdbc;

    @Override
    protected ComplianceChecks checks() {
        return checks;
    }

    @Test
    void a_run_whose_transaction_rolls_back_leaves_the_previous_results_and_no_rows() {
        var process = freshProcess().value();
        var check = checks.open(someQuarter(), Optional.of(new ProcessCode(process)));
        transactions.run(() -> {
            var writer = checks.beginRun(check.id(), run("a"));
            writer.add(List.of(deviating(process, "A", 1, 1)));
            writer.publish(List.of(result(process, 0, 1)), List.of(), List.of(), 3, AT);
        });

        // as the check does: the writer is closed (its chunks written or failed) before the transaction ends
        assertThatThrownBy(() -> transactions.run(() -> {
            try (var writer = checks.beginRun(check.id(), run("b"))) {
                var batch = new ArrayList<CaseResult>();
                for (int i = 0; i < 10_000; i++) {
                    batch.add(deviating(process, "B" + i, 2, i));
                }
                writer.add(batch);
                throw new IllegalStateException("the process died");
            }
        })).hasMessage("the process died");

        assertThat(checks.deviatingCase(check.id(), process, "A")).isPresent();
        assertThat(checks.report(check.id()).orElseThrow().run().startedBy()).isEqualTo("a");
        assertThat(jdbc.sql("select sum(cases) from compliance_check_case_chunk where process_code = :p")
                .param("p", process).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from compliance_check_run where check_id = :c")
                .param("c", check.id().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_chunk_the_database_refuses_fails_the_run_at_publish_and_leaves_the_previous_results() {
        var process = freshProcess().value();
        var check = checks.open(someQuarter(), Optional.of(new ProcessCode(process)));
        transactions.run(() -> {
            try (var writer = checks.beginRun(check.id(), run("a"))) {
                writer.add(List.of(deviating(process, "A", 1, 1)));
                writer.publish(List.of(result(process, 0, 1)), List.of(), List.of(), 3, AT);
            }
        });

        var refused = run("b");
        assertThatThrownBy(() -> transactions.run(() -> {
            try (var writer = checks.beginRun(check.id(), refused)) {
                // the run disappears under the writer: its chunks violate their foreign key
                jdbc.sql("delete from compliance_check_run where id = :run").param("run", refused.run()).update();
                // more batches than the writer queues: the check is told, it does not wait forever
                for (int i = 0; i < 20; i++) {
                    writer.add(List.of(deviating(process, "B" + i, 1, 1)));
                }
                writer.publish(List.of(result(process, 0, 1)), List.of(), List.of(), 3, AT);
            }
        })).hasMessageContaining("cannot write the deviating cases");

        assertThat(checks.deviatingCase(check.id(), process, "A")).isPresent();
        assertThat(checks.deviatingCase(check.id(), process, "B0")).isEmpty();
        assertThat(checks.report(check.id()).orElseThrow().run().startedBy()).isEqualTo("a");
    }

    @Test
    void the_lock_of_a_check_is_held_by_one_holder_at_a_time_across_connections() throws Exception {
        var check = checks.open(someQuarter(), Optional.of(freshProcess()));
        try (var executor = Executors.newSingleThreadExecutor()) {
            try (var lease = locks.tryLock(check.id()).orElseThrow()) {
                assertThat(executor.submit(() -> locks.tryLock(check.id()).isPresent()).get()).isFalse();
                var other = checks.open(someQuarter().asYear(), Optional.of(freshProcess()));
                var otherLease = executor.submit(() -> locks.tryLock(other.id())).get();
                assertThat(otherLease).isPresent();
                otherLease.get().close();
            }
            var again = executor.submit(() -> locks.tryLock(check.id())).get();
            assertThat(again).isPresent();
            again.get().close();
        }
    }

    @Test
    void the_lock_of_a_check_whose_holder_died_is_free_at_once() throws Exception {
        var check = checks.open(someQuarter(), Optional.of(freshProcess()));
        var lease = locks.tryLock(check.id()).orElseThrow();
        try (var executor = Executors.newSingleThreadExecutor()) {
            assertThat(executor.submit(() -> locks.tryLock(check.id()).isPresent()).get()).isFalse();

            // the holder's process dies: the server ends its session (as when the JVM is killed)
            int killed = jdbc.sql("""
                            select count(pg_terminate_backend(pid)) from pg_locks
                            where locktype = 'advisory' and classid = 7 and granted and pid <> pg_backend_pid()
                              and objid = (:key)::oid""")
                    .param("key", Integer.toUnsignedLong(Long.hashCode(check.id().value().getMostSignificantBits()
                            ^ check.id().value().getLeastSignificantBits())))
                    .query(Integer.class).single();
            assertThat(killed).isEqualTo(1);

            // the server takes a moment to end the terminated session
            var again = executor.submit(() -> locks.lock(check.id(), Duration.ofSeconds(10))).get();
            assertThat(again).isPresent();
            again.get().close();
        } finally {
            lease.close();
        }
    }

    /**
     * Two starts race for one check: the second upsert waits for the first's row and then finds it
     * QUEUED, so exactly one of them queues it — whether the check is new or had run before.
     */
    @Test
    void of_two_transactions_queueing_the_same_check_at_once_exactly_one_queues_it() throws Exception {
        for (boolean existing : new boolean[] {false, true}) {
            var quarter = someQuarter();
            var process = Optional.of(freshProcess());
            if (existing) {
                var check = checks.open(quarter, process);
                checks.changeState(check.id(), RunState.DONE, Optional.empty());
            }
            var firstQueued = new CountDownLatch(1);
            var commitFirst = new CountDownLatch(1);
            try (var executor = Executors.newFixedThreadPool(2)) {
                var first = executor.submit(() -> transactions.inTransaction(() -> {
                    var queued = checks.queue(quarter, process);
                    firstQueued.countDown();
                    await(commitFirst);
                    return queued;
                }));
                assertThat(firstQueued.await(10, TimeUnit.SECONDS)).isTrue();
                var second = executor.submit(() -> transactions.inTransaction(() -> checks.queue(quarter, process)));
                awaitBlockedQueue();
                assertThat(second).as("waits for the first transaction").isNotDone();
                commitFirst.countDown();

                assertThat(first.get(10, TimeUnit.SECONDS)).as("existing: %s", existing).isPresent();
                assertThat(second.get(10, TimeUnit.SECONDS)).as("existing: %s", existing).isEmpty();
                assertThat(checks.byId(first.get().orElseThrow()).orElseThrow().state()).isEqualTo(RunState.QUEUED);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until the server shows an upsert of a check waiting for another transaction's lock (bounded). */
    private void awaitBlockedQueue() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like '%insert into compliance_check %on conflict%'""")
                .query(Integer.class).single() == 0) {
            assertThat(System.nanoTime()).as("the second upsert waits").isLessThan(deadline);
        }
    }
}
