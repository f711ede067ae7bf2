package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationTest {

    private static final CampaignId CAMPAIGN = CampaignId.random();
    private static final DepartmentId FINANCE = DepartmentId.random();
    private static final Instant AT = Instant.parse("2026-09-15T01:00:00Z");

    private static Invitation issued(InvitationToken token) {
        return Invitation.issue(CAMPAIGN, token, FINANCE, Optional.of(PersonId.random()), Optional.empty(),
                Language.ZH_CN);
    }

    @Test
    void it_keeps_the_hash_of_its_token_never_the_token() {
        var token = InvitationToken.random();
        var invitation = issued(token);
        assertThat(invitation.tokenHashes()).containsExactly(token.hash());
        assertThat(invitation.toString()).doesNotContain(token.value());
        assertThat(invitation.isFor(token)).isTrue();
        assertThat(invitation.isFor(InvitationToken.random())).isFalse();
        assertThat(invitation.sentAt()).isEmpty();
    }

    @Test
    void nothing_in_it_leads_to_a_response() {
        assertThat(Arrays.stream(Invitation.class.getRecordComponents()).map(RecordComponent::getType))
                .doesNotContain(Response.class, java.util.UUID.class);
    }

    @Test
    void it_cannot_tell_whether_it_was_answered() {
        assertThat(Arrays.stream(Invitation.class.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("used", "answered", "usedAt", "answeredAt");
    }

    @Test
    void a_reminder_carries_a_fresh_link_and_the_first_one_keeps_working() {
        var first = InvitationToken.random();
        var fresh = InvitationToken.random();
        var reminded = issued(first).sent(AT).reminded(fresh, AT.plusSeconds(86_400));
        assertThat(reminded.isFor(fresh)).isTrue();
        assertThat(reminded.isFor(first)).isTrue();
        assertThat(reminded.isFor(InvitationToken.random())).isFalse();
        assertThat(reminded.sentAt()).contains(AT);
        assertThat(reminded.remindedAt()).contains(AT.plusSeconds(86_400));
    }

    @Test
    void reminders_are_bounded() {
        var invitation = issued(InvitationToken.random()).sent(AT);
        for (int i = 1; i < Invitation.MAX_LINKS; i++) {
            invitation = invitation.reminded(InvitationToken.random(), AT.plusSeconds(i));
        }
        var full = invitation;
        assertThat(full.tokenHashes()).hasSize(Invitation.MAX_LINKS);
        assertThatThrownBy(() -> full.reminded(InvitationToken.random(), AT)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("rule.survey.invitation.reminders");
    }

    @Test
    void an_own_visit_adds_a_link_and_once_they_are_all_taken_replaces_the_newest() {
        var first = InvitationToken.random();
        var invitation = Invitation.issue(CampaignId.random(), first, DepartmentId.random(), Optional.empty(),
                Optional.of(new EmailAddress("someone@corp.cn")), Language.ZH_CN);
        var visits = new java.util.ArrayList<InvitationToken>();
        for (int i = 0; i < Invitation.MAX_LINKS + 2; i++) {
            var visit = InvitationToken.random();
            visits.add(visit);
            invitation = invitation.relinked(visit);
        }

        assertThat(invitation.tokenHashes()).hasSize(Invitation.MAX_LINKS);
        assertThat(invitation.isFor(first)).isTrue();
        assertThat(invitation.isFor(visits.getLast())).isTrue();
        assertThat(invitation.isFor(visits.get(visits.size() - 2))).isFalse();
        assertThat(invitation.remindedAt()).isEmpty();
    }

    @Test
    void a_respondent_is_reachable_by_account_or_mail() {
        var byMail = Invitation.issue(CAMPAIGN, InvitationToken.random(), FINANCE, Optional.empty(),
                Optional.of(new EmailAddress("li.na@example.com")), Language.EN);
        assertThat(byMail.email()).isPresent();
        assertRejected(() -> Invitation.issue(CAMPAIGN, InvitationToken.random(), FINANCE, Optional.empty(),
                Optional.empty(), Language.EN), "email", "validation.survey.recipient-required");
    }

    @Test
    void the_hash_is_sha_256_hex() {
        assertThatThrownBy(() -> new Invitation(InvitationId.random(), CAMPAIGN, java.util.List.of("not-a-hash"),
                FINANCE, Optional.of(PersonId.random()), Optional.empty(), Language.EN, Optional.empty(),
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
