package dev.opscharter.application.survey.service;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.application.survey.port.out.Submissions;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.GuardKey;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationId;
import dev.opscharter.domain.survey.SubmissionGuard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which invitations were not answered yet, told apart here because the store cannot: an invitation is
 * answered when its {@link SubmissionGuard}, computed with the key only the application holds, is
 * stored. For the reminders and the respondent's page. Checks no permission and opens no transaction:
 * its callers run it inside theirs, if they open one.
 */
public final class Unanswered {

    private final Invitations invitations;
    private final Submissions submissions;
    private final GuardKey key;

    public Unanswered(Invitations invitations, Submissions submissions, GuardKey key) {
        this.invitations = invitations;
        this.submissions = submissions;
        this.key = key;
    }

    /**
     * The campaign's unanswered invitations after {@code after} in the store's id order, at most
     * {@code limit} (and {@link PageRequest#MAX_LIMIT}): reads on through the answered ones until it has
     * {@code limit} or the campaign's invitations end. The last one's id is the next page's {@code after}.
     */
    public List<Invitation> page(CampaignId campaign, Optional<InvitationId> after, int limit) {
        int wanted = Math.clamp(limit, 0, PageRequest.MAX_LIMIT);
        var found = new ArrayList<Invitation>();
        var cursor = after;
        while (found.size() < wanted) {
            var batch = invitations.page(campaign, cursor, PageRequest.MAX_LIMIT);
            var guards = batch.stream().map(i -> guard(i.id())).toList();
            var answered = batch.isEmpty() ? Set.<SubmissionGuard>of() : submissions.existing(campaign, guards);
            for (int i = 0; i < batch.size() && found.size() < wanted; i++) {
                if (!answered.contains(guards.get(i))) {
                    found.add(batch.get(i));
                }
            }
            if (batch.size() < PageRequest.MAX_LIMIT) {
                break;
            }
            cursor = Optional.of(batch.getLast().id());
        }
        return List.copyOf(found);
    }

    /** Whether a response was recorded through one of the invitation's links. */
    public boolean answered(Invitation invitation) {
        return answered(invitation.campaign(), invitation.id());
    }

    /** Whether a response was recorded through one of the links of the campaign's invitation {@code invitation}. */
    public boolean answered(CampaignId campaign, InvitationId invitation) {
        var guard = guard(invitation);
        return submissions.existing(campaign, List.of(guard)).contains(guard);
    }

    private SubmissionGuard guard(InvitationId invitation) {
        return SubmissionGuard.of(key, invitation);
    }
}
