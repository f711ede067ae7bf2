package dev.opscharter.application.survey.service;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.survey.SurveyFixture;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationId;
import dev.opscharter.domain.survey.InvitationToken;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SubmissionGuard;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UnansweredTest {

    private final SurveyFixture survey = new SurveyFixture();
    private final Unanswered unanswered = survey.unanswered();
    private final Campaign open = survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN);

    @Test
    void an_invitation_is_answered_once_a_response_came_through_any_of_its_links() {
        var first = survey.invite(open, survey.finance);
        var invitation = survey.invitations.byTokenHash(first.hash()).orElseThrow();
        var reminder = InvitationToken.random();
        survey.invitations.update(invitation.reminded(reminder, survey.org.clock.instant()));
        assertThat(unanswered.answered(invitation)).isFalse();

        survey.responseService().submit(reminder.value(), survey.aboutOperations(4), Optional.empty());

        assertThat(unanswered.answered(invitation)).isTrue();
        assertThat(unanswered.answered(survey.invitations.byTokenHash(first.hash()).orElseThrow())).isTrue();
    }

    @Test
    void the_unanswered_ones_are_paged_each_once_in_id_order() {
        var all = invite(7);
        answer(all.get(0));
        answer(all.get(3));
        survey.invite(survey.campaign(RatingScope.OPERATIONS, CampaignState.OPEN), survey.hr); // another campaign's

        var seen = new ArrayList<InvitationId>();
        Optional<InvitationId> after = Optional.empty();
        List<Invitation> page;
        do {
            page = unanswered.page(open.id(), after, 2);
            assertThat(page).hasSizeLessThanOrEqualTo(2).noneMatch(unanswered::answered);
            page.forEach(invitation -> seen.add(invitation.id()));
            after = page.isEmpty() ? after : Optional.of(page.getLast().id());
        } while (!page.isEmpty());

        assertThat(seen).containsExactlyElementsOf(all.stream().filter(i -> i != all.get(0) && i != all.get(3))
                .map(Invitation::id).toList());
    }

    @Test
    void a_page_reads_on_past_more_answered_invitations_than_the_store_hands_out_at_once() {
        var all = invite(PageRequest.MAX_LIMIT + 3);
        all.subList(0, PageRequest.MAX_LIMIT + 1).forEach(this::answer);

        assertThat(unanswered.page(open.id(), Optional.empty(), 10)).extracting(Invitation::id)
                .containsExactly(all.get(PageRequest.MAX_LIMIT + 1).id(), all.get(PageRequest.MAX_LIMIT + 2).id());
        assertThat(unanswered.page(open.id(), Optional.of(all.getLast().id()), 10)).isEmpty();
        assertThat(unanswered.page(open.id(), Optional.empty(), 0)).isEmpty();
    }

    /** {@code count} invitations of the open campaign, in the stores' id order. */
    private List<Invitation> invite(int count) {
        var invitations = new ArrayList<Invitation>();
        for (int i = 0; i < count; i++) {
            invitations.add(Invitation.issue(open.id(), InvitationToken.random(), survey.finance.id(),
                    Optional.empty(), Optional.of(new EmailAddress("someone-" + UUID.randomUUID() + "@corp.cn")), Language.EN));
        }
        survey.invitations.addAll(invitations);
        invitations.sort(Comparator.comparing(invitation -> invitation.id().toString()));
        return invitations;
    }

    private void answer(Invitation invitation) {
        survey.submissions.add(SubmissionGuard.of(survey.key, invitation.id()), open.id(), invitation.department());
    }
}
