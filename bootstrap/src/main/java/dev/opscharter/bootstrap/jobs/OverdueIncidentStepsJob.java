package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.incidents.port.in.EscalateOverdueSteps;
import dev.opscharter.bootstrap.security.SystemTasks;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The escalation of overdue incident steps, as JobRunr runs it (the use case, as the system actor, like the
 * corrective actions' escalation). Its trigger ({@link JobTriggers}) runs it every quarter of an hour: an incident's
 * limits are hours, so a step is escalated at most 15 minutes after its limit passed. The use case marks each
 * overdue step escalated in the transaction that sends its notices, so a retry, a rerun from the dashboard or a run
 * after a crash sends nothing twice.
 */
@Component
public class OverdueIncidentStepsJob {

    static final String ID = "overdue-incident-steps";
    /** minute hour day-of-month month day-of-week: every 15 minutes */
    static final String EVERY_15_MINUTES = "*/15 * * * *";

    private static final Logger log = LoggerFactory.getLogger(OverdueIncidentStepsJob.class);

    private final EscalateOverdueSteps escalation;

    OverdueIncidentStepsJob(EscalateOverdueSteps escalation) {
        this.escalation = escalation;
    }

    @Job(name = "Escalate overdue incident steps", retries = 2)
    public void run() {
        var result = SystemTasks.asSystem(escalation::escalateOverdue);
        if (result.overdue() > 0) {
            log.info("overdue incident steps: {} escalated, {} notification(s) sent", result.overdue(),
                    result.notified());
        }
    }
}
