package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.adapters.persistence.testing.TestDatabase;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Optional;

import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcSubmissionsIT extends SubmissionsContract {

    @Autowired
    private Submissions submissions;
    @Autowired
    private Campaigns campaigns;
    @Autowired
    private JdbcClient jdbc;

    @Override
    protected Submissions submissions() {
        return submissions;
    }

    @Override
    protected CampaignId openCampaign() {
        return campaign(CampaignState.OPEN);
    }

    @Test
    void only_an_open_campaign_takes_a_guard_and_the_database_refuses_one_written_past_the_store() {
        for (var state : new CampaignState[]{CampaignState.DRAFT, CampaignState.SCHEDULED, CampaignState.CLOSED,
                CampaignState.CANCELLED}) {
            var campaign = campaign(state);
            // as for a campaign closed between reading it and submitting: nothing added, no error
            assertThat(submissions.add(guard(), campaign, SALES)).as(state.name()).isFalse();
            assertThatThrownBy(() -> jdbc.sql("""
                            insert into survey_submission (guard, campaign_id, department_id)
                            values (:guard, :campaign, :department)""")
                    .param("guard", guard().value()).param("campaign", campaign.value())
                    .param("department", SALES.value()).update()).as(state.name())
                    .rootCause().hasMessageContaining("is not open: it takes no submission");
            assertThat(submissions.answered(campaign)).as(state.name()).isEmpty();
        }
    }

    @Test
    void the_application_can_neither_change_nor_remove_a_guard() {
        var campaign = openCampaign();
        var guard = guard();
        submissions.add(guard, campaign, SALES);

        assertThatThrownBy(() -> jdbc.sql("update survey_submission set department_id = department_id where guard = :g")
                .param("g", guard.value()).update())
                .rootCause().hasMessageContaining("permission denied for table survey_submission");
        assertThatThrownBy(() -> jdbc.sql("delete from survey_submission where guard = :g")
                .param("g", guard.value()).update())
                .rootCause().hasMessageContaining("permission denied for table survey_submission");
    }

    @Test
    void even_the_owner_cannot_change_or_remove_a_guard_the_triggers_refuse_it() {
        var owner = JdbcClient.create(TestDatabase.ownerDataSource());
        var guard = guard();
        submissions.add(guard, openCampaign(), SALES);

        assertThatThrownBy(() -> owner.sql("update survey_submission set department_id = department_id where guard = :g")
                .param("g", guard.value()).update())
                .rootCause().hasMessageContaining("survey_submission is append-only: no update");
        assertThatThrownBy(() -> owner.sql("delete from survey_submission where guard = :g")
                .param("g", guard.value()).update())
                .rootCause().hasMessageContaining("survey_submission is append-only: no delete");
        assertThatThrownBy(() -> owner.sql("truncate survey_submission").update())
                .rootCause().hasMessageContaining("survey_submission is append-only: no truncate");
    }

    private CampaignId campaign(CampaignState state) {
        var draft = SurveyFixtures.draft(new Period.Quarter(2031, 2));
        return campaigns.save(SurveyFixtures.inState(draft, state,
                state == CampaignState.CLOSED ? Optional.of(LocalDate.of(2031, 4, 14)) : Optional.empty())).id();
    }
}
