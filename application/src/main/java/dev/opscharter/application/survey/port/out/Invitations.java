package dev.opscharter.application.survey.port.out;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Invitations and the hashes of their links. Nothing here leads to a response: an invitation knows
 * only that it was used.
 */
public interface Invitations {

    /**
     * Adds new invitations, all or none, in the caller's transaction if there is one; an invitation id
     * or a link hash already known refuses the whole batch with {@code ConcurrentModification}.
     */
    void addAll(List<Invitation> invitations);

    /**
     * Saves what changed of an existing invitation (sent, reminded with a new link hash); never marks it
     * used (only {@link #spend} does). {@code ConcurrentModification} if the store does not hold it.
     */
    void update(Invitation invitation);

    /** The invitation one of whose links has this hash. */
    Optional<Invitation> byTokenHash(String tokenHash);

    Optional<Invitation> byId(InvitationId id);

    /**
     * Marks the invitation used if it is not yet: true for exactly one caller however many try at
     * once (a conditional update in the caller's transaction), false for every other.
     */
    boolean spend(InvitationId id);

    /**
     * Unused ones, for reminders: at most {@code limit} (and {@code PageRequest.MAX_LIMIT}), in the
     * store's id order (stable, not chronological: ids are random), those after {@code after} (paging by id).
     */
    List<Invitation> unused(CampaignId campaign, Optional<InvitationId> after, int limit);

    /** Who is invited to the campaign already, by person and by address: whom a new invitation skips. */
    Invitees invitees(CampaignId campaign);

    /** The person's invitation to the campaign, if they have one. */
    Optional<Invitation> ofPerson(CampaignId campaign, PersonId person);

    /** Per invited department: invitations and how many are used — the live response rate. */
    Map<DepartmentId, Rate> rates(CampaignId campaign);

    /** Invited and answered, of one department. */
    record Rate(long invited, long used) {
    }

    /** The people and the addresses a campaign's invitations go to. */
    record Invitees(Set<PersonId> people, Set<EmailAddress> emails) {
        public Invitees {
            people = Set.copyOf(people);
            emails = Set.copyOf(emails);
        }
    }
}
