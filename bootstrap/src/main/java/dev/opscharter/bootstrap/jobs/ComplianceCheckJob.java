package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.shared.Period;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The compliance check as JobRunr runs it. The "Run check" button queues {@link #runQueued} with the
 * user who pressed it: the run acts on their behalf (their roles read again when it runs), so the
 * results and the audit trail name them. The quarterly trigger runs the quarter that just ended for
 * every process as "scheduled".
 * <p>A run that fails is recorded on the check (FAILED, with the reason) and ends the job: the user
 * runs it again. JobRunr retries only a job that did not end — the instance running it died and
 * JobRunr's orphaned-job detection failed it after the server timeout: the retry finds the check's
 * lock free, marks the interrupted run FAILED and runs the check once more; if the first instance is
 * in fact still running it, the lock makes the retry refuse, so a check completes once.
 */
@Component
public class ComplianceCheckJob {

    private static final Logger log = LoggerFactory.getLogger(ComplianceCheckJob.class);

    private final RunComplianceCheck checks;
    private final ManageSettings settings;
    private final Clock clock;

    ComplianceCheckJob(RunComplianceCheck checks, ManageSettings settings, Clock clock) {
        this.checks = checks;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param requestedBy the user name of who queued it */
    @Job(name = "Compliance check %0 for %1", retries = 3)
    public void runQueued(String checkId, String requestedBy) {
        endsHere(() -> SystemTasks.asUser(requestedBy, () -> checks.runQueued(CheckId.parse(checkId))),
                "compliance check " + checkId + " for " + requestedBy);
    }

    /** A job queued before runs named who asked for them: runs as the system. */
    @Job(name = "Compliance check %0", retries = 3)
    public void rerun(String checkId) {
        endsHere(() -> SystemTasks.asSystem(() -> checks.rerun(CheckId.parse(checkId))),
                "compliance check " + checkId);
    }

    /** @param processCode empty: every process */
    @Job(name = "Compliance check of %0 %1", retries = 3)
    public void run(String periodKey, String processCode) {
        var process = processCode.isBlank() ? Optional.<ProcessCode>empty() : Optional.of(new ProcessCode(processCode));
        endsHere(() -> SystemTasks.asScheduled(() -> checks.run(Period.parse(periodKey), process)),
                "compliance check of " + periodKey + " " + processCode);
    }

    /** The quarter that ended before today (in the organization's time zone), every process. */
    @Job(name = "Quarterly compliance check", retries = 3)
    public void lastQuarter() {
        var today = LocalDate.now(clock.withZone(SystemTasks.asSystem(() -> settings.current().timeZone())));
        run(Period.quarterOf(today).previous().key(), "");
    }

    /**
     * Runs the check; its failure — refused, already running elsewhere, or failed and recorded on the
     * check — ends the job rather than making JobRunr retry it.
     */
    private static void endsHere(Runnable run, String what) {
        try {
            run.run();
            log.info("{} done", what);
        } catch (RuntimeException e) {
            log.warn("{} did not complete: {}", what, e.toString());
        }
    }
}
