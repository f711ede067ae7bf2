package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.application.survey.fakes.InMemoryResponses;
import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.domain.survey.CampaignId;

class ResponsesFakeTest extends ResponsesContract {

    private final Responses responses = new InMemoryResponses();

    @Override
    protected Responses responses() {
        return responses;
    }

    @Override
    protected CampaignId storedCampaign() {
        return CampaignId.random();
    }
}
