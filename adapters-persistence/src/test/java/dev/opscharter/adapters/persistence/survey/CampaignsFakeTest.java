package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.application.survey.fakes.InMemoryCampaigns;
import dev.opscharter.application.survey.port.out.Campaigns;

class CampaignsFakeTest extends CampaignsContract {

    private final Campaigns campaigns = new InMemoryCampaigns();

    @Override
    protected Campaigns campaigns() {
        return campaigns;
    }
}
