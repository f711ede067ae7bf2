package dev.opscharter.application.survey.fakes;

import dev.opscharter.application.shared.ConcurrentModification;
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
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Invitations in memory. {@link #spend} is the conditional update of the JDBC adapter: under the
 * lock, so of any number of threads spending one invitation exactly one gets {@code true}.
 */
public final class InMemoryInvitations implements Invitations {

    private final Map<InvitationId, Invitation> invitations = new LinkedHashMap<>();
    private final Map<String, InvitationId> links = new HashMap<>();

    @Override
    public synchronized void addAll(List<Invitation> added) {
        var hashes = new HashSet<String>();
        for (var invitation : added) {
            if (invitations.containsKey(invitation.id())) {
                throw new ConcurrentModification("Invitation", invitation.id());
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
        // the use is kept as stored: only spend marks an invitation used
        var changed = new Invitation(invitation.id(), stored.campaign(), invitation.tokenHashes(),
                invitation.department(), invitation.person(), invitation.email(), invitation.language(),
                stored.used(), invitation.sentAt(), invitation.remindedAt());
        keep(changed);
    }

    @Override
    public synchronized Optional<Invitation> byTokenHash(String tokenHash) {
        return Optional.ofNullable(links.get(tokenHash)).map(invitations::get);
    }

    @Override
    public synchronized Optional<Invitation> byId(InvitationId id) {
        return Optional.ofNullable(invitations.get(id));
    }

    @Override
    public synchronized boolean spend(InvitationId id) {
        var stored = invitations.get(id);
        if (stored == null || stored.used()) {
            return false;
        }
        invitations.put(id, stored.use());
        return true;
    }

    /**
     * Ordered by id as PostgreSQL orders a uuid (its text, which is its unsigned bytes): the ids are
     * random, so "oldest first" cannot be told from them and the page key decides.
     */
    @Override
    public synchronized List<Invitation> unused(CampaignId campaign, Optional<InvitationId> after, int limit) {
        return invitations.values().stream().filter(i -> i.campaign().equals(campaign) && !i.used())
                .filter(i -> after.map(a -> i.id().toString().compareTo(a.toString()) > 0).orElse(true))
                .sorted(Comparator.comparing(i -> i.id().toString()))
                .limit(limit).toList();
    }

    @Override
    public synchronized Map<DepartmentId, Rate> rates(CampaignId campaign) {
        var invited = new TreeMap<DepartmentId, long[]>(Comparator.comparing(DepartmentId::value));
        invitations.values().stream().filter(i -> i.campaign().equals(campaign)).forEach(i -> {
            var counts = invited.computeIfAbsent(i.department(), d -> new long[2]);
            counts[0]++;
            if (i.used()) {
                counts[1]++;
            }
        });
        var rates = new LinkedHashMap<DepartmentId, Rate>();
        invited.forEach((department, counts) -> rates.put(department, new Rate(counts[0], counts[1])));
        return rates;
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

    /** How many are used: what a test counts instead of looking at who. */
    public synchronized long used() {
        return invitations.values().stream().filter(Invitation::used).count();
    }

    private void keep(Invitation invitation) {
        invitations.put(invitation.id(), invitation);
        invitation.tokenHashes().forEach(hash -> links.put(hash, invitation.id()));
    }
}
