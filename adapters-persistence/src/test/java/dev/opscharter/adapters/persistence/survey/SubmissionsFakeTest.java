package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.application.survey.fakes.InMemorySubmissions;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.domain.survey.CampaignId;

class SubmissionsFakeTest extends SubmissionsContract {

    private final Submissions submissions = new InMemorySubmissions();

    @Override
    protected Submissions submissions() {
        return submissions;
    }

    @Override
    protected CampaignId openCampaign() {
        return CampaignId.random();
    }
}
