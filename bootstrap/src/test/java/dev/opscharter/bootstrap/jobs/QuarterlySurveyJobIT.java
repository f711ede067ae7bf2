package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily survey schedule and its trigger, on the real JobRunr storage and the demo's campaigns. */
@OpsCharterSpringTest
class QuarterlySurveyJobIT {

    @Autowired
    StorageProvider jobStorage;
    @Autowired
    QuarterlySurveyJob job;
    @Autowired
    Campaigns campaigns;
    @Autowired
    BusinessCalendar calendar;

    private List<Campaign> all() {
        return campaigns.page(CampaignFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT));
    }

    @Test
    void the_daily_trigger_is_registered_shortly_after_midnight_in_the_organization_time_zone() {
        var recurring = jobStorage.getRecurringJobs().stream()
                .filter(j -> j.getId().equals(QuarterlySurveyJob.ID)).findFirst();
        assertThat(recurring).isPresent();
        assertThat(recurring.get().getZoneId()).isEqualTo("Asia/Shanghai");
        assertThat(recurring.get().getScheduleExpression()).isEqualTo("10 0 * * *");
        assertThat(recurring.get().getJobDetails().getClassName()).isEqualTo(QuarterlySurveyJob.class.getName());
    }

    @Test
    void a_rerun_changes_nothing_and_the_current_quarters_open_campaign_stays_open() {
        job.run();
        var before = all();

        job.run();

        assertThat(all()).as("same campaigns, same versions").containsExactlyInAnyOrderElementsOf(before);
        var current = campaigns.ofQuarter(Period.quarterOf(calendar.today())).orElseThrow();
        assertThat(current.state()).isEqualTo(CampaignState.OPEN);
    }
}
