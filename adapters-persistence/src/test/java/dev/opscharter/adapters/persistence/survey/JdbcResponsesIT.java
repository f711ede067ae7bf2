package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignId;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIntegrationTest
class JdbcResponsesIT extends ResponsesContract {

    @Autowired
    private Responses responses;
    @Autowired
    private Campaigns campaigns;

    @Override
    protected Responses responses() {
        return responses;
    }

    @Override
    protected CampaignId storedCampaign() {
        return campaigns.save(SurveyFixtures.draft(new Period.Quarter(2031, 2))).id();
    }
}
