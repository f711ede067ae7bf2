package dev.opscharter.adapters.persistence.survey;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationId;
import dev.opscharter.domain.survey.InvitationToken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.MARKETING;
import static dev.opscharter.adapters.persistence.survey.SurveyFixtures.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Invitations} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class InvitationsContract {

    static final Instant SENT = Instant.parse("2031-04-01T01:02:03.123456Z");

    protected abstract Invitations invitations();

    /** A campaign the store accepts invitations to (the database wants it to exist). */
    protected abstract CampaignId storedCampaign();

    /** A person in the directory the store accepts as a respondent. */
    protected abstract PersonId storedPerson();

    Invitation byMail(CampaignId campaign, DepartmentId department) {
        return Invitation.issue(campaign, InvitationToken.random(), department, Optional.empty(),
                Optional.of(new EmailAddress("someone-" + UUID.randomUUID() + "@example.com")), Language.EN);
    }

    @Test
    void invitations_are_found_by_id_and_by_the_hash_of_their_link() {
        var campaign = storedCampaign();
        var token = InvitationToken.random();
        var person = Invitation.issue(campaign, token, SALES, Optional.of(storedPerson()), Optional.empty(),
                Language.ZH_CN);
        var mail = byMail(campaign, MARKETING);

        invitations().addAll(List.of(person, mail));

        assertThat(invitations().byId(person.id())).contains(person);
        assertThat(invitations().byId(mail.id())).contains(mail);
        assertThat(invitations().byTokenHash(token.hash())).contains(person);
        assertThat(invitations().byTokenHash(InvitationToken.random().hash())).isEmpty();
        assertThat(invitations().byId(InvitationId.random())).isEmpty();
    }

    @Test
    void a_link_leads_to_its_invitation_s_campaign_department_and_language_and_nothing_of_whom() {
        var campaign = storedCampaign();
        var token = InvitationToken.random();
        var invitation = Invitation.issue(campaign, token, SALES, Optional.of(storedPerson()), Optional.empty(),
                Language.ZH_CN);
        var reminder = InvitationToken.random();
        invitations().addAll(List.of(invitation, byMail(campaign, MARKETING)));
        invitations().update(invitation.reminded(reminder, SENT));

        var target = new Invitations.LinkTarget(invitation.id(), campaign, SALES, Language.ZH_CN);
        assertThat(invitations().target(token.hash())).contains(target);
        assertThat(invitations().target(reminder.hash())).contains(target);
        assertThat(invitations().target(InvitationToken.random().hash())).isEmpty();
    }

    @Test
    void the_invitees_of_a_campaign_are_its_people_and_addresses_and_a_person_finds_their_invitation() {
        var campaign = storedCampaign();
        var other = storedCampaign();
        var person = storedPerson();
        var personal = Invitation.issue(campaign, InvitationToken.random(), SALES, Optional.of(person),
                Optional.of(new EmailAddress("staff@example.com")), Language.ZH_CN);
        var mail = byMail(campaign, MARKETING);
        invitations().addAll(List.of(personal, mail, byMail(other, SALES)));

        var invitees = invitations().invitees(campaign);

        assertThat(invitees.people()).containsExactly(person);
        assertThat(invitees.emails()).containsExactlyInAnyOrder(new EmailAddress("staff@example.com"),
                mail.email().orElseThrow());
        assertThat(invitations().ofPerson(campaign, person)).contains(personal);
        assertThat(invitations().ofPerson(other, person)).isEmpty();
        assertThat(invitations().invitees(storedCampaign()).people()).isEmpty();
    }

    @Test
    void a_link_replaced_in_its_place_finds_nothing_and_its_successor_finds_the_invitation() {
        var first = InvitationToken.random();
        var invitation = Invitation.issue(storedCampaign(), first, SALES, Optional.empty(),
                Optional.of(new EmailAddress("visitor@example.com")), Language.EN);
        invitations().addAll(List.of(invitation));
        var visits = new ArrayList<InvitationToken>();
        for (int i = 0; i < Invitation.MAX_LINKS + 1; i++) {
            var visit = InvitationToken.random();
            visits.add(visit);
            invitation = invitation.relinked(visit);
            invitations().update(invitation);
        }

        assertThat(invitations().byId(invitation.id())).contains(invitation);
        assertThat(invitations().byTokenHash(first.hash())).contains(invitation);
        assertThat(invitations().byTokenHash(visits.getLast().hash())).contains(invitation);
        assertThat(invitations().byTokenHash(visits.get(visits.size() - 2).hash())).isEmpty();
    }

    @Test
    void a_person_or_an_address_is_invited_once_per_campaign_and_a_batch_inviting_one_again_is_refused_whole() {
        var campaign = storedCampaign();
        var person = storedPerson();
        var address = new EmailAddress("once-" + UUID.randomUUID() + "@example.com");
        invitations().addAll(List.of(Invitation.issue(campaign, InvitationToken.random(), SALES, Optional.of(person),
                Optional.empty(), Language.EN), Invitation.issue(campaign, InvitationToken.random(), SALES,
                Optional.empty(), Optional.of(address), Language.EN)));
        var fresh = byMail(campaign, SALES);

        for (var again : List.of(
                Invitation.issue(campaign, InvitationToken.random(), MARKETING, Optional.of(person), Optional.empty(),
                        Language.ZH_CN),
                Invitation.issue(campaign, InvitationToken.random(), MARKETING, Optional.empty(),
                        Optional.of(new EmailAddress(address.value().toUpperCase(Locale.ROOT))), Language.ZH_CN))) {
            assertThatThrownBy(() -> invitations().addAll(List.of(fresh, again)))
                    .isInstanceOf(ConcurrentModification.class);
        }
        var twiceInOneBatch = byMail(campaign, SALES);
        assertThatThrownBy(() -> invitations().addAll(List.of(twiceInOneBatch, Invitation.issue(campaign,
                InvitationToken.random(), MARKETING, Optional.empty(), twiceInOneBatch.email(), Language.EN))))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(invitations().byId(fresh.id())).isEmpty();
        assertThat(invitations().byId(twiceInOneBatch.id())).isEmpty();
        var elsewhere = storedCampaign();
        invitations().addAll(List.of(Invitation.issue(elsewhere, InvitationToken.random(), SALES,
                Optional.of(person), Optional.of(address), Language.EN)));
        assertThat(invitations().ofPerson(elsewhere, person)).isPresent();
    }

    @Test
    void a_batch_with_a_link_already_known_is_refused_whole() {
        var campaign = storedCampaign();
        var known = byMail(campaign, SALES);
        invitations().addAll(List.of(known));
        var fresh = byMail(campaign, SALES);
        var again = new Invitation(InvitationId.random(), campaign, known.tokenHashes(), SALES, Optional.empty(),
                known.email(), Language.EN, Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> invitations().addAll(List.of(fresh, again)))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(invitations().byId(fresh.id())).isEmpty();
        assertThat(invitations().byId(again.id())).isEmpty();
        assertThat(invitations().byTokenHash(known.tokenHashes().getFirst())).contains(known);
    }

    @Test
    void sending_and_reminding_are_kept_and_every_link_keeps_finding_the_invitation() {
        var original = InvitationToken.random();
        var reminder = InvitationToken.random();
        var invitation = Invitation.issue(storedCampaign(), original, SALES, Optional.empty(),
                Optional.of(new EmailAddress("late@example.com")), Language.ZH_CN);
        invitations().addAll(List.of(invitation));

        var sent = invitation.sent(SENT);
        invitations().update(sent);
        var reminded = sent.reminded(reminder, SENT.plusSeconds(86_400));
        invitations().update(reminded);

        assertThat(invitations().byId(invitation.id())).contains(reminded);
        assertThat(invitations().byTokenHash(original.hash())).contains(reminded);
        assertThat(invitations().byTokenHash(reminder.hash())).contains(reminded);
        assertThat(reminded.tokenHashes()).containsExactly(original.hash(), reminder.hash());
    }

    @Test
    void updating_an_invitation_the_store_does_not_hold_is_refused() {
        assertThatThrownBy(() -> invitations().update(byMail(storedCampaign(), SALES).sent(SENT)))
                .isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void a_campaign_s_invitations_are_paged_each_once_in_id_order() {
        var campaign = storedCampaign();
        var all = new ArrayList<Invitation>();
        for (int i = 0; i < 7; i++) {
            all.add(byMail(campaign, i % 2 == 0 ? SALES : MARKETING));
        }
        invitations().addAll(all);

        var seen = new ArrayList<InvitationId>();
        Optional<InvitationId> after = Optional.empty();
        List<Invitation> page;
        do {
            page = invitations().page(campaign, after, 2);
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            page.forEach(invitation -> seen.add(invitation.id()));
            after = page.isEmpty() ? after : Optional.of(page.getLast().id());
        } while (!page.isEmpty());

        assertThat(seen).containsExactlyElementsOf(all.stream().map(Invitation::id)
                .sorted(Comparator.comparing(InvitationId::toString)).toList());
        assertThat(invitations().page(storedCampaign(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void the_invited_are_counted_per_department() {
        var campaign = storedCampaign();
        invitations().addAll(List.of(byMail(campaign, SALES), byMail(campaign, SALES), byMail(campaign, SALES),
                byMail(campaign, MARKETING)));

        assertThat(invitations().invited(campaign)).isEqualTo(Map.of(SALES, 3L, MARKETING, 1L));
        assertThat(invitations().invited(storedCampaign())).isEmpty();
    }
}
