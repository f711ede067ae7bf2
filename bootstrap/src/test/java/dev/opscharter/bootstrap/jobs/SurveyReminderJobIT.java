package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.bootstrap.testing.OpenCampaigns;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationToken;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily survey reminders' trigger on the real JobRunr storage, and runs as the schedule on PostgreSQL. */
@OpsCharterSpringTest
class SurveyReminderJobIT {

    @Autowired
    StorageProvider jobStorage;
    @Autowired
    SurveyReminderJob job;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Invitations invitations;
    @Autowired
    Departments departments;

    @Test
    void the_daily_trigger_is_registered_at_9_in_the_organization_time_zone() {
        var recurring = jobStorage.getRecurringJobs().stream()
                .filter(j -> j.getId().equals(JobTriggers.SURVEY_REMINDERS)).findFirst();
        assertThat(recurring).isPresent();
        assertThat(recurring.get().getZoneId()).isEqualTo("Asia/Shanghai");
        assertThat(recurring.get().getScheduleExpression()).isEqualTo("0 9 * * *");
        assertThat(recurring.get().getJobDetails().getClassName()).isEqualTo(SurveyReminderJob.class.getName());
        assertThat(recurring.get().getJobDetails().getMethodName()).isEqualTo("run");
    }

    @Test
    void a_run_reminds_an_invitation_mailed_three_days_ago_once_and_a_later_run_the_same_day_does_not() {
        var invitation = invitationSentDaysAgo(3);
        var recent = invitationSentDaysAgo(1);

        job.run();
        job.run();

        var reminded = invitations.byId(invitation.id()).orElseThrow();
        assertThat(reminded.tokenHashes()).hasSize(2);
        assertThat(reminded.remindedAt()).isPresent();
        assertThat(invitations.byId(recent.id()).orElseThrow().tokenHashes()).hasSize(1);
    }

    /** An unanswered invitation to a new open campaign, its mail sent {@code days} ago. */
    private Invitation invitationSentDaysAgo(int days) {
        var open = new OpenCampaigns(campaigns, departments);
        var rater = open.anyRater();
        var invitation = Invitation.issue(open.ratedBy(rater).id(), InvitationToken.random(), rater.id(),
                Optional.empty(), Optional.of(new EmailAddress("reminded-" + UUID.randomUUID() + "@example.com")),
                Language.EN).sent(Instant.now().minus(Duration.ofDays(days)));
        invitations.addAll(List.of(invitation));
        return invitation;
    }
}
