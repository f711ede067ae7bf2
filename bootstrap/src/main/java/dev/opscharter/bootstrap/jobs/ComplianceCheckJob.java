package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CheckId;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.bootstrap.security.SystemTasks;
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
 * The compliance check as JobRunr runs it: the use case, as the system actor. The quarterly trigger
 * runs the quarter that just ended for every process; the "Run check" button queues {@link #rerun}
 * of the check it opened. A run that fails is recorded on the check (FAILED, with the reason) and is
 * not retried: the user runs it again.
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

    @Job(name = "Compliance check %0", retries = 0)
    public void rerun(String checkId) {
        SystemTasks.asSystem(() -> checks.rerun(CheckId.parse(checkId)));
        log.info("compliance check {} done", checkId);
    }

    /** @param processCode empty: every process */
    @Job(name = "Compliance check of %0 %1", retries = 0)
    public void run(String periodKey, String processCode) {
        var process = processCode.isBlank() ? Optional.<ProcessCode>empty() : Optional.of(new ProcessCode(processCode));
        var id = SystemTasks.asSystem(() -> checks.run(Period.parse(periodKey), process));
        log.info("compliance check {} of {} {} done", id, periodKey, processCode);
    }

    /** The quarter that ended before today (in the organization's time zone), every process. */
    @Job(name = "Quarterly compliance check", retries = 2)
    public void lastQuarter() {
        var today = LocalDate.now(clock.withZone(SystemTasks.asSystem(() -> settings.current().timeZone())));
        run(Period.quarterOf(today).previous().key(), "");
    }
}
