package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.survey.port.out.Campaigns;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.Employment;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.CampaignId;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Set;

@PersistenceIntegrationTest
class JdbcInvitationsIT extends InvitationsContract {

    @Autowired
    private Invitations invitations;
    @Autowired
    private Campaigns campaigns;
    @Autowired
    private People people;

    @Override
    protected Invitations invitations() {
        return invitations;
    }

    @Override
    protected CampaignId storedCampaign() {
        return campaigns.save(SurveyFixtures.draft(new Period.Quarter(2031, 2))).id();
    }

    @Override
    protected PersonId storedPerson() {
        var id = PersonId.random();
        people.save(Person.reconstitute(id, "受访者 " + id.value().toString().substring(0, 8),
                new EmailAddress(id.value() + "@example.com"), SurveyFixtures.SALES, Set.of(), false,
                LocalDate.of(2024, 1, 1), Employment.ACTIVE, 0));
        return id;
    }
}
