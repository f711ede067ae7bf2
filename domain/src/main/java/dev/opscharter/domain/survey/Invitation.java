package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One respondent's invitation to a campaign, found by the hash of any of its links' tokens (a token
 * itself is never stored). It does not know whether it was answered: its row is never written when a
 * response arrives (a write would share the response's transaction and name the respondent); the
 * {@link SubmissionGuard} stored instead says so, to whoever holds the {@link GuardKey}.
 *
 * @param tokenHashes the SHA-256 hex of each link sent: the first, then one per reminder (only the
 *                    hash is kept, so a reminder cannot repeat a link and carries a new one; the
 *                    earlier links keep working, since people answer from whichever mail they open)
 * @param department the department the respondent answers for
 * @param person     the person in the directory; empty for someone from an uploaded list
 * @param email      where the mail goes; empty for a person reached through the in-app inbox only
 * @param language   the respondent's language, for the mail and the page
 * @param sentAt     when the invitation went out; empty while it waits for the campaign to open
 * @param remindedAt the latest reminder
 */
public record Invitation(InvitationId id, CampaignId campaign, List<String> tokenHashes, DepartmentId department,
                         Optional<PersonId> person, Optional<EmailAddress> email, Language language,
                         Optional<Instant> sentAt, Optional<Instant> remindedAt) {

    /** The first link and at most seven reminders: a campaign's window is at most a quarter. */
    public static final int MAX_LINKS = 8;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public Invitation {
        Require.present(id, "id");
        Require.present(campaign, "campaign");
        tokenHashes = List.copyOf(tokenHashes);
        if (tokenHashes.isEmpty() || tokenHashes.size() > MAX_LINKS
                || !tokenHashes.stream().allMatch(h -> HASH.matcher(h).matches())) {
            throw new IllegalArgumentException("an invitation keeps the SHA-256 hex of 1 to 8 tokens");
        }
        Require.present(department, "department");
        Require.present(person, "person");
        Require.present(email, "email");
        if (person.isEmpty() && email.isEmpty()) {
            throw new InvalidValue("email", "validation.survey.recipient-required");
        }
        Require.present(language, "language");
        Require.present(sentAt, "sentAt");
        Require.present(remindedAt, "remindedAt");
    }

    /** A new, unsent invitation for the holder of {@code token}. */
    public static Invitation issue(CampaignId campaign, InvitationToken token, DepartmentId department,
                                   Optional<PersonId> person, Optional<EmailAddress> email, Language language) {
        return new Invitation(InvitationId.random(), campaign, List.of(token.hash()), department, person, email,
                language, Optional.empty(), Optional.empty());
    }

    public Invitation sent(Instant at) {
        return new Invitation(id, campaign, tokenHashes, department, person, email, language, Optional.of(at),
                remindedAt);
    }

    /**
     * Reminded with a fresh link (see {@link #tokenHashes}), at most {@value #MAX_LINKS} links; whether it
     * was answered is the caller's to ask (the application's {@code Unanswered}), the invitation cannot tell.
     */
    public Invitation reminded(InvitationToken fresh, Instant at) {
        if (tokenHashes.size() >= MAX_LINKS) {
            throw new RuleViolation("rule.survey.invitation.reminders", MAX_LINKS - 1);
        }
        var hashes = new ArrayList<>(tokenHashes);
        hashes.add(fresh.hash());
        return new Invitation(id, campaign, hashes, department, person, email, language, sentAt, Optional.of(at));
    }

    /**
     * A fresh link for the invitee's own visit through the application (their inbox entry leads there):
     * added while there is room, else it takes the newest link's place, so however often they come back
     * the invitation keeps at most {@value #MAX_LINKS} links and still answers them. Not a reminder: the
     * reminders' schedule stays as it was.
     */
    public Invitation relinked(InvitationToken fresh) {
        var hashes = new ArrayList<>(tokenHashes);
        if (hashes.size() >= MAX_LINKS) {
            hashes.removeLast();
        }
        hashes.add(fresh.hash());
        return new Invitation(id, campaign, hashes, department, person, email, language, sentAt, remindedAt);
    }

    /** Whether {@code token} is this invitation's. */
    public boolean isFor(InvitationToken token) {
        return tokenHashes.contains(token.hash());
    }
}
