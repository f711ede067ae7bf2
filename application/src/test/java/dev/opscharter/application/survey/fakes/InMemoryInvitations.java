package dev.opscharter.application.survey.fakes;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.survey.port.out.Invitations;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.Invitation;
import dev.opscharter.domain.survey.InvitationId;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Invitations in memory, paged by id as PostgreSQL orders a uuid. */
public final class InMemoryInvitations implements Invitations {

    private final Map<InvitationId, Invitation> invitations = new LinkedHashMap<>();
    private final Map<String, InvitationId> links = new HashMap<>();

    @Override
    public synchronized void addAll(List<Invitation> added) {
        var hashes = new HashSet<String>();
        var recipients = new HashSet<String>();
        for (var invitation : added) {
            if (invitations.containsKey(invitation.id())) {
                throw new ConcurrentModification("Invitation", invitation.id());
            }
            // one invitation per person and per address in a campaign, as V24's unique indexes hold
            var invitees = invitees(invitation.campaign());
            if (invitation.person().filter(p -> invitees.people().contains(p)
                    || !recipients.add(invitation.campaign() + "/" + p)).isPresent()
                    || invitation.email().filter(e -> invitees.emails().contains(e)
                    || !recipients.add(invitation.campaign() + "/" + e)).isPresent()) {
                throw new ConcurrentModification("Invitation", invitation.campaign());
            }
            for (var hash : invitation.tokenHashes()) {
                if (links.containsKey(hash) || !hashes.add(hash)) {
                    throw new ConcurrentModification("InvitationLink", hash);
                }
            }
        }
        added.forEach(this::keep);
    }

    @Override
    public synchronized void update(Invitation invitation) {
        var stored = invitations.get(invitation.id());
        if (stored == null) {
            throw new ConcurrentModification("Invitation", invitation.id());
        }
        for (var hash : invitation.tokenHashes()) {
            var holder = links.get(hash);
            if (holder != null && !holder.equals(invitation.id())) {
                throw new ConcurrentModification("InvitationLink", hash);
            }
        }
        var changed = new Invitation(invitation.id(), stored.campaign(), invitation.tokenHashes(),
                invitation.department(), invitation.person(), invitation.email(), invitation.language(),
                invitation.sentAt(), invitation.remindedAt());
        // a link replaced (the newest, by an own visit once all are taken) no longer finds the invitation
        stored.tokenHashes().stream().filter(h -> !changed.tokenHashes().contains(h)).forEach(links::remove);
        keep(changed);
    }

    @Override
    public synchronized Optional<Invitation> byTokenHash(String tokenHash) {
        return Optional.ofNullable(links.get(tokenHash)).map(invitations::get);
    }

    @Override
    public synchronized Optional<LinkTarget> target(String tokenHash) {
        return byTokenHash(tokenHash).map(i -> new LinkTarget(i.id(), i.campaign(), i.department(), i.language()));
    }

    @Override
    public synchronized Optional<Invitation> byId(InvitationId id) {
        return Optional.ofNullable(invitations.get(id));
    }

    /**
     * Ordered by id as PostgreSQL orders a uuid (its text, which is its unsigned bytes): the ids are
     * random, so "oldest first" cannot be told from them and the page key decides.
     */
    @Override
    public synchronized List<Invitation> page(CampaignId campaign, Optional<InvitationId> after, int limit) {
        return invitations.values().stream().filter(i -> i.campaign().equals(campaign))
                .filter(i -> after.map(a -> i.id().toString().compareTo(a.toString()) > 0).orElse(true))
                .sorted(Comparator.comparing(i -> i.id().toString()))
                .limit(Math.clamp(limit, 0, PageRequest.MAX_LIMIT)).toList();
    }

    @Override
    public synchronized Map<DepartmentId, Long> invited(CampaignId campaign) {
        return invitations.values().stream().filter(i -> i.campaign().equals(campaign))
                .collect(Collectors.groupingBy(Invitation::department, Collectors.counting()));
    }

    @Override
    public synchronized Invitees invitees(CampaignId campaign) {
        var of = invitations.values().stream().filter(i -> i.campaign().equals(campaign)).toList();
        return new Invitees(of.stream().flatMap(i -> i.person().stream()).collect(Collectors.toSet()),
                of.stream().flatMap(i -> i.email().stream()).collect(Collectors.toSet()));
    }

    @Override
    public synchronized Optional<Invitation> ofPerson(CampaignId campaign, PersonId person) {
        return invitations.values().stream()
                .filter(i -> i.campaign().equals(campaign) && i.person().equals(Optional.of(person))).findFirst();
    }

    /** Every invitation of the campaign, for a test to look at. */
    public synchronized List<Invitation> of(CampaignId campaign) {
        return invitations.values().stream().filter(i -> i.campaign().equals(campaign)).toList();
    }

    private void keep(Invitation invitation) {
        invitations.put(invitation.id(), invitation);
        invitation.tokenHashes().forEach(hash -> links.put(hash, invitation.id()));
    }
}
