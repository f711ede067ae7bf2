package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.survey.port.in.RunSurveySchedule;
import dev.opscharter.bootstrap.security.SystemTasks;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The quarterly survey schedule as JobRunr runs it, as the schedule (audited as "scheduled"). Its
 * trigger ({@link JobTriggers}) runs it at 00:10 every day in the organization's time zone, so a
 * campaign opens early on the first day of its window and one whose window ended yesterday is closed
 * before anyone starts work. The use case makes nothing twice, so a retry, a rerun from the dashboard
 * or a second instance is harmless.
 */
@Component
public class QuarterlySurveyJob {

    static final String ID = "quarterly-survey-schedule";
    /** minute hour day-of-month month day-of-week */
    static final String DAILY_AT_0_10 = "10 0 * * *";

    private static final Logger log = LoggerFactory.getLogger(QuarterlySurveyJob.class);

    private final RunSurveySchedule schedule;

    QuarterlySurveyJob(RunSurveySchedule schedule) {
        this.schedule = schedule;
    }

    @Job(name = "Quarterly survey schedule", retries = 2)
    public void run() {
        var result = SystemTasks.asScheduled(schedule::run);
        log.info("survey schedule: {} campaign(s) made, {} opened, {} closed", result.created(), result.opened(),
                result.closed());
    }
}
