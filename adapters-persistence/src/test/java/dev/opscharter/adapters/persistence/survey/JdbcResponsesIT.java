package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcResponsesIT extends ResponsesContract {

    @Autowired
    private Responses responses;
    @Autowired
    private Campaigns campaigns;
    @Autowired
    private JdbcClient jdbc;

    @Override
    protected Responses responses() {
        return responses;
    }

    @Override
    protected CampaignId storedCampaign() {
        return campaigns.save(SurveyFixtures.draft(new Period.Quarter(2031, 2))).id();
    }

    @Test
    void the_database_refuses_a_score_off_the_scale() {
        var response = UUID.randomUUID();
        jdbc.sql("""
                        insert into survey_response (id, campaign_id, rater_department_id, rated_department_id, submitted_on)
                        values (:id, :campaign, :rater, :rated, date '2031-04-09')""")
                .param("id", response).param("campaign", storedCampaign().value())
                .param("rater", SurveyFixtures.SALES.value()).param("rated", SurveyFixtures.OPERATIONS.value())
                .update();

        assertThatThrownBy(() -> jdbc.sql("insert into survey_response_answer (response_id, item, score)"
                + " values (:id, 'RESPONSIVENESS', 6)").param("id", response).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("survey_response_answer_score_range");
    }
}
