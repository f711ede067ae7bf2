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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcInvitationsIT extends InvitationsContract {

    @Autowired
    private Invitations invitations;
    @Autowired
    private Campaigns campaigns;
    @Autowired
    private People people;
    @Autowired
    private JdbcClient jdbc;

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

    @Test
    void the_database_keeps_only_sha_256_hex_as_a_link() {
        var invitation = byMail(storedCampaign(), SurveyFixtures.SALES);
        invitations.addAll(List.of(invitation));

        assertThatThrownBy(() -> jdbc.sql("insert into survey_invitation_link (token_hash, invitation_id, position)"
                        + " values (:token, :id, 1)")
                .param("token", "a-token-itself-is-never-stored-only-its-hash-0123456789abcdefghij")
                .param("id", invitation.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("survey_invitation_link_hash_form");
    }
}
