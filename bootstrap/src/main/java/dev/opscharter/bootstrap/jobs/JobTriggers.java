package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.organization.port.in.ManageSettings;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.scheduling.cron.Cron;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Registers the recurring jobs. JobRunr keeps them in PostgreSQL, so with several instances each
 * occurrence still runs once; registering again on every start only updates the schedule.
 */
@Component
class JobTriggers implements ApplicationRunner {

    static final String ACCOUNT_HYGIENE = "account-hygiene";
    static final String SURVEY_REMINDERS = "survey-reminders";

    private final JobScheduler scheduler;
    private final ManageSettings settings;

    JobTriggers(JobScheduler scheduler, ManageSettings settings) {
        this.scheduler = scheduler;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        scheduler.<AccountHygieneJob>scheduleRecurrently(ACCOUNT_HYGIENE, Cron.daily(2), settings.current().timeZone(),
                AccountHygieneJob::run);
        scheduler.<QuarterlySurveyJob>scheduleRecurrently(QuarterlySurveyJob.ID, QuarterlySurveyJob.DAILY_AT_0_10,
                settings.current().timeZone(), QuarterlySurveyJob::run);
        scheduler.<SurveyReminderJob>scheduleRecurrently(SURVEY_REMINDERS, Cron.daily(9), settings.current().timeZone(),
                SurveyReminderJob::run);
        scheduler.<WeeklyReportJob>scheduleRecurrently(WeeklyReportJob.ID, WeeklyReportJob.MONDAYS_AT_7,
                settings.current().timeZone(), WeeklyReportJob::run);
        scheduler.<RiskRegisterJob>scheduleRecurrently(RiskRegisterJob.ID, RiskRegisterJob.DAILY_AT_6,
                settings.current().timeZone(), RiskRegisterJob::run);
        scheduler.<OverdueIncidentStepsJob>scheduleRecurrently(OverdueIncidentStepsJob.ID,
                OverdueIncidentStepsJob.EVERY_15_MINUTES, settings.current().timeZone(), OverdueIncidentStepsJob::run);
        scheduler.<CollaborationMeetingsJob>scheduleRecurrently(CollaborationMeetingsJob.ID,
                CollaborationMeetingsJob.HOURLY, settings.current().timeZone(), CollaborationMeetingsJob::run);
        scheduler.<OverdueMilestonesJob>scheduleRecurrently(OverdueMilestonesJob.ID, OverdueMilestonesJob.DAILY_AT_8,
                settings.current().timeZone(), OverdueMilestonesJob::run);
    }
}
