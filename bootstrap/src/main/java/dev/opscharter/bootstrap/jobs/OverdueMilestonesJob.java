package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.collaboration.port.in.EscalateOverdueMilestones;
import dev.opscharter.bootstrap.security.SystemTasks;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily escalation of overdue project milestones, as JobRunr runs it (the use case, as the system actor, like
 * the corrective actions' escalation, and at the same hour); its trigger is in {@link JobTriggers}. The use case
 * logs each person told about a milestone in the transaction that tells them, at most once a day, so a retry, a
 * rerun from the dashboard or a run after a crash sends nothing twice.
 */
@Component
public class OverdueMilestonesJob {

    static final String ID = "overdue-milestones";
    /** minute hour day-of-month month day-of-week: every day at 08:00 */
    static final String DAILY_AT_8 = "0 8 * * *";

    private static final Logger log = LoggerFactory.getLogger(OverdueMilestonesJob.class);

    private final EscalateOverdueMilestones escalation;

    OverdueMilestonesJob(EscalateOverdueMilestones escalation) {
        this.escalation = escalation;
    }

    @Job(name = "Escalate overdue project milestones", retries = 2)
    public void run() {
        var result = SystemTasks.asSystem(escalation::escalate);
        log.info("overdue milestones: {} overdue, {} notification(s) sent", result.overdue(), result.notified());
    }
}
