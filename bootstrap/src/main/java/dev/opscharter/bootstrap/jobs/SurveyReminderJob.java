package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.survey.port.in.InviteRespondents;
import dev.opscharter.bootstrap.security.SystemTasks;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The survey reminders, as JobRunr runs them: the use case, on the schedule's behalf. {@link JobTriggers}
 * runs it at 09:00 every day in the organization's time zone, the start of a working morning, when a
 * reminder is read rather than buried under the night's mail. Each run reminds only the unanswered
 * invitations of open campaigns whose last mail is at least {@code InvitationService.REMINDER_GAP}
 * (three days) old, so a retry or a rerun the same day sends nothing twice.
 */
@Component
public class SurveyReminderJob {

    private static final Logger log = LoggerFactory.getLogger(SurveyReminderJob.class);

    private final InviteRespondents invitations;

    SurveyReminderJob(InviteRespondents invitations) {
        this.invitations = invitations;
    }

    @Job(name = "Remind survey respondents who have not answered", retries = 2)
    public void run() {
        int reminded = SystemTasks.asScheduled(invitations::remindDue);
        log.info("survey reminders: {} sent", reminded);
    }
}
