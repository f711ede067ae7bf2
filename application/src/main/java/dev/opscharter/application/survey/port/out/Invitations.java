package dev.opscharter.application.survey.port.out;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Invitations and the hashes of their links. Nothing here leads to a response, nor says which
 * invitation was answered: that is {@link Submissions}', under a key the store does not hold.
 */
public interface Invitations {

    /**
     * Adds new invitations, all or none, in the caller's transaction if there is one; an invitation id
     * or a link hash already known, or a person or an address the campaign invites already (twice in
     * the batch, or stored), refuses the whole batch with {@code ConcurrentModification}.
     */
    void addAll(List<Invitation> invitations);

    /**
     * Saves what changed of an existing invitation (sent, reminded with a new link hash, a link replaced at
     * its position, which then finds nothing); never called when a response arrives. {@code ConcurrentModification} if the store does not hold it.
     */
    void update(Invitation invitation);

    /** The invitation one of whose links has this hash. */
    Optional<Invitation> byTokenHash(String tokenHash);

    /**
     * Where the link with this hash leads, in one read: what the respondent's page asks on every request,
     * without the invitation's person, address or other links.
     */
    Optional<LinkTarget> target(String tokenHash);

    Optional<Invitation> byId(InvitationId id);

    /**
     * All of a campaign's invitations, answered or not (the application tells them apart): at most
     * {@code limit} (and {@code PageRequest.MAX_LIMIT}), in the store's id order (stable, not
     * chronological: ids are random), those after {@code after} (paging by id).
     */
    List<Invitation> page(CampaignId campaign, Optional<InvitationId> after, int limit);

    /** Who is invited to the campaign already, by person and by address: whom a new invitation skips. */
    Invitees invitees(CampaignId campaign);

    /** The person's invitation to the campaign, if they have one. */
    Optional<Invitation> ofPerson(CampaignId campaign, PersonId person);

    /** Per department with invitations: how many — the response rate's denominator. */
    Map<DepartmentId, Long> invited(CampaignId campaign);

    /** The invitation a link belongs to, as the respondent's page needs it: whom it is for is not in it. */
    record LinkTarget(InvitationId invitation, CampaignId campaign, DepartmentId department, Language language) {
    }

    /** The people and the addresses a campaign's invitations go to. */
    record Invitees(Set<PersonId> people, Set<EmailAddress> emails) {
        public Invitees {
            people = Set.copyOf(people);
            emails = Set.copyOf(emails);
        }
    }
}
