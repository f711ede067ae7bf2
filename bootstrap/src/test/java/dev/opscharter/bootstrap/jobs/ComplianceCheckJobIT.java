package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.RunHeartbeat;
import dev.opscharter.application.shared.port.in.AuditTrailQueries;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.RunState;
import dev.opscharter.domain.shared.Period;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.AmountRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance check as JobRunr runs it, on PostgreSQL: on behalf of the user who queued it, as
 * "scheduled" for the quarterly schedule, and safe to run again after an instance died mid-run.
 */
@OpsCharterSpringTest
class ComplianceCheckJobIT {

    @Autowired
    ComplianceCheckJob job;
    @Autowired
    RunComplianceCheck run;
    @Autowired
    ComplianceCheckQueries queries;
    @Autowired
    ComplianceChecks store;
    @Autowired
    AuditTrailQueries auditTrail;
    @Autowired
    StorageProvider jobStorage;

    /** A process of its own, so tests sharing the database never meet; a quarter that has ended (one not begun is refused). */
    final Period period = new Period.Quarter(2000 + ThreadLocalRandom.current().nextInt(20), 1);
    final String process = "P_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();

    private CheckId queueAs(String username) {
        var id = new CheckId[1];
        SystemTasks.asUser(username, () -> id[0] = run.start(period, Optional.of(new ProcessCode(process))));
        return id[0];
    }

    private java.util.List<dev.opscharter.domain.shared.AuditEntry> auditOf(CheckId id) {
        return SystemTasks.asSystem(() -> auditTrail.find(new AuditFilter(Optional.empty(),
                Optional.of("ComplianceCheck"), Optional.of(id.toString()), Optional.empty(), Optional.empty()), 0, 10));
    }

    private CheckEntry check(CheckId id) {
        return SystemTasks.asSystem(() -> queries.check(id).orElseThrow());
    }

    @Test
    void a_check_a_user_queued_runs_on_their_behalf_and_names_them() {
        var id = queueAs("specialist");

        job.runQueued(id.toString(), "specialist");

        var check = check(id);
        assertThat(check.state()).isEqualTo(RunState.DONE);
        assertThat(check.lastRunBy()).contains("specialist");
        assertThat(auditOf(id)).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isEqualTo("specialist"));
    }

    @Test
    void a_queued_check_fails_with_the_reason_when_its_user_may_not_run_checks_now() {
        var id = queueAs("specialist");

        // the roles are read again when the job runs: an auditor may not run checks
        job.runQueued(id.toString(), "auditor");

        var check = check(id);
        assertThat(check.state()).isEqualTo(RunState.FAILED);
        assertThat(check.failure()).contains(RunComplianceCheck.REFUSED);
        assertThat(check.lastRunAt()).isEmpty();
    }

    @Test
    void the_job_run_again_after_its_instance_died_fails_the_interrupted_run_and_completes_once() {
        var id = queueAs("specialist");
        // the first attempt's instance died mid-run: RUNNING, its lock gone with its connection
        store.markRunning(id, "dead-instance:1", Instant.now());

        // JobRunr's orphaned-job detection fails the job and its retry runs it again
        job.runQueued(id.toString(), "specialist");

        var check = check(id);
        assertThat(check.state()).isEqualTo(RunState.DONE);
        assertThat(check.lastRunBy()).contains("specialist");
        assertThat(auditOf(id)).anySatisfy(e -> assertThat(e.changes()).anySatisfy(c ->
                assertThat(c.after()).isEqualTo(RunHeartbeat.INTERRUPTED)));
    }

    @Test
    void two_users_starting_the_same_check_at_the_same_moment_enqueue_one_job() throws Exception {
        var barrier = new CyclicBarrier(2);
        Callable<CheckId> start = () -> {
            barrier.await(10, TimeUnit.SECONDS);
            return queueAs("specialist");
        };
        try (var executor = Executors.newFixedThreadPool(2)) {
            var first = executor.submit(start);
            var second = executor.submit(start);
            var id = first.get(30, TimeUnit.SECONDS);

            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(id);
            assertThat(jobsFor(id)).isEqualTo(1);
            assertThat(check(id).state()).isEqualTo(RunState.QUEUED);

            // clicked again while it is queued: still the one job
            assertThat(queueAs("manager")).isEqualTo(id);
            assertThat(jobsFor(id)).isEqualTo(1);
        }
    }

    /** The jobs JobRunr holds for the check, in any state (this context runs none of them). */
    private long jobsFor(CheckId id) {
        return Arrays.stream(StateName.values())
                .flatMap(state -> jobStorage.getJobList(state, new AmountRequest("updatedAt:ASC", 10_000)).stream())
                .filter(job -> job.getJobDetails().getJobParameters().stream()
                        .anyMatch(p -> id.toString().equals(p.getObject())))
                .count();
    }

    @Test
    void the_schedule_runs_a_check_as_scheduled() {
        job.run(period.key(), process);

        var check = SystemTasks.asSystem(() -> queries.checks().stream()
                .filter(c -> c.period().equals(period) && c.process().map(ProcessCode::value).orElse("").equals(process))
                .findFirst().orElseThrow());
        assertThat(check.lastRunBy()).contains("scheduled");
    }

    @Test
    void the_recovery_of_interrupted_runs_is_registered_to_run_every_minute() {
        assertThat(jobStorage.getRecurringJobs()).anySatisfy(j -> {
            assertThat(j.getId()).isEqualTo(InterruptedRunsJob.ID);
            assertThat(j.getScheduleExpression()).isEqualTo("* * * * *");
        });
    }
}
