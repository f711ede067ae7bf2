package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.compliance.port.in.EscalateOverdueActions;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.bootstrap.security.SystemTasks;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The daily escalation of overdue corrective actions, as JobRunr runs it (the use case, as the
 * system actor), and its trigger: 08:00 every day in the organization's time zone. The use case
 * tells each person about each action at most once a day, so a retry or a manual rerun is harmless.
 */
@Component
public class OverdueActionsJob {

    static final String ID = "overdue-corrective-actions";
    /** minute hour day-of-month month day-of-week */
    static final String DAILY_AT_8 = "0 8 * * *";

    private static final Logger log = LoggerFactory.getLogger(OverdueActionsJob.class);

    private final EscalateOverdueActions escalation;

    OverdueActionsJob(EscalateOverdueActions escalation) {
        this.escalation = escalation;
    }

    @Job(name = "Escalate overdue corrective actions", retries = 2)
    public void run() {
        var result = SystemTasks.asSystem(escalation::escalate);
        log.info("overdue corrective actions: {} overdue, {} notification(s) sent", result.overdue(),
                result.notified());
    }

    /** Registers the recurring job; JobRunr keeps it in PostgreSQL, so it runs once with several instances. */
    @Component
    static class Trigger implements ApplicationRunner {

        private final JobScheduler scheduler;
        private final ManageSettings settings;

        Trigger(JobScheduler scheduler, ManageSettings settings) {
            this.scheduler = scheduler;
            this.settings = settings;
        }

        @Override
        public void run(ApplicationArguments args) {
            scheduler.<OverdueActionsJob>scheduleRecurrently(ID, DAILY_AT_8, settings.current().timeZone(),
                    OverdueActionsJob::run);
        }
    }
}
