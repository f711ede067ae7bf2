package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.application.survey.fakes.InMemoryInvitations;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.survey.CampaignId;

class InvitationsFakeTest extends InvitationsContract {

    private final Invitations invitations = new InMemoryInvitations();

    @Override
    protected Invitations invitations() {
        return invitations;
    }

    @Override
    protected CampaignId storedCampaign() {
        return CampaignId.random();
    }

    @Override
    protected PersonId storedPerson() {
        return PersonId.random();
    }
}
