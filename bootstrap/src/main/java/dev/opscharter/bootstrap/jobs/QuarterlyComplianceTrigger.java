package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.organization.port.in.ManageSettings;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Registers the quarterly compliance check: 02:00 on the first day of each quarter, in the
 * organization's time zone, for the quarter just ended and every process. Like the other triggers
 * it lives in JobRunr's tables, so with several instances each occurrence runs once; registering
 * again on every start only updates the schedule (and its time zone).
 */
@Component
class QuarterlyComplianceTrigger implements ApplicationRunner {

    static final String ID = "quarterly-compliance-check";
    /** minute hour day-of-month month day-of-week */
    static final String FIRST_DAY_OF_QUARTER_AT_2 = "0 2 1 1,4,7,10 *";

    private final JobScheduler scheduler;
    private final ManageSettings settings;

    QuarterlyComplianceTrigger(JobScheduler scheduler, ManageSettings settings) {
        this.scheduler = scheduler;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        scheduler.<ComplianceCheckJob>scheduleRecurrently(ID, FIRST_DAY_OF_QUARTER_AT_2,
                settings.current().timeZone(), ComplianceCheckJob::lastQuarter);
    }
}
