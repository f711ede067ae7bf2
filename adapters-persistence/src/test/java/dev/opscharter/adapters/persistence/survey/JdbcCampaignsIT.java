package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;

import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.MANAGER;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.draft;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.inState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcCampaignsIT extends CampaignsContract {

    @Autowired
    private Campaigns campaigns;
    @Autowired
    private JdbcClient jdbc;

    @Override
    protected Campaigns campaigns() {
        return campaigns;
    }

    @Test
    void the_database_keeps_an_open_campaign_s_questionnaire_and_a_closed_campaign_as_they_are() {
        var quarter = new Period.Quarter(2037, 1);
        var saved = campaigns.save(draft(quarter));
        var opening = saved.window().opensOn();
        saved = campaigns.save(saved.schedule(MANAGER, opening, saved.version()));
        var open = campaigns.save(saved.open(MANAGER, opening, saved.version()));

        assertThatThrownBy(() -> jdbc.sql("update survey_campaign_item set required = not required"
                        + " where campaign_id = :id").param("id", open.id().value()).update())
                .rootCause().hasMessageContaining("has opened: its items are frozen, no update");
        assertThatThrownBy(() -> jdbc.sql("delete from survey_campaign_department where campaign_id = :id")
                .param("id", open.id().value()).update())
                .rootCause().hasMessageContaining("has opened: its departments are frozen, no delete");

        var closed = campaigns.save(inState(draft(quarter), CampaignState.CLOSED,
                Optional.of(quarter.firstDay().plusDays(20))));
        assertThatThrownBy(() -> jdbc.sql("update survey_campaign set minimum_group = 3 where id = :id")
                .param("id", closed.id().value()).update())
                .rootCause().hasMessageContaining("is closed: no update");
        assertThatThrownBy(() -> jdbc.sql("delete from survey_campaign where id = :id")
                .param("id", closed.id().value()).update())
                .rootCause().hasMessageContaining("is closed: no delete");
        assertThat(campaigns.byId(closed.id())).contains(closed);
    }

    @Test
    void the_database_refuses_a_minimum_group_below_three() {
        var saved = campaigns.save(draft(new Period.Quarter(2037, 2)));

        assertThatThrownBy(() -> jdbc.sql("update survey_campaign set minimum_group = 2 where id = :id")
                .param("id", saved.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("survey_campaign_minimum_group_range");
    }
}
