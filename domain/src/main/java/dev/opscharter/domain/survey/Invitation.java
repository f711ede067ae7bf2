package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.RuleViolation;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One respondent's invitation to a campaign, found by the hash of its token (the token itself is
 * never stored). It knows only that it was used, never which response it gave: nothing leads from
 * an invitation to a response or back.
 *
 * @param department the department the respondent answers for
 * @param person     the person in the directory; empty for someone from an uploaded list
 * @param email      where the mail goes; empty for a person reached through the in-app inbox only
 * @param language   the respondent's language, for the mail and the page
 * @param sentAt     when the invitation went out; empty while it waits for the campaign to open
 * @param remindedAt the latest reminder
 */
public record Invitation(CampaignId campaign, String tokenHash, DepartmentId department, Optional<PersonId> person,
                         Optional<EmailAddress> email, Language language, boolean used, Optional<Instant> sentAt,
                         Optional<Instant> remindedAt) {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public Invitation {
        Require.present(campaign, "campaign");
        if (tokenHash == null || !HASH.matcher(tokenHash).matches()) {
            throw new IllegalArgumentException("an invitation keeps the SHA-256 hex of its token");
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

    /** A new, unused, unsent invitation for the holder of {@code token}. */
    public static Invitation issue(CampaignId campaign, InvitationToken token, DepartmentId department,
                                   Optional<PersonId> person, Optional<EmailAddress> email, Language language) {
        return new Invitation(campaign, token.hash(), department, person, email, language, false, Optional.empty(),
                Optional.empty());
    }

    public Invitation sent(Instant at) {
        return new Invitation(campaign, tokenHash, department, person, email, language, used, Optional.of(at),
                remindedAt);
    }

    /**
     * Reminded with a fresh link: only the hash is kept, so the reminder cannot repeat the first link;
     * it carries a new token and the earlier link stops working. Only while unused.
     */
    public Invitation reminded(InvitationToken fresh, Instant at) {
        requireUnused();
        return new Invitation(campaign, fresh.hash(), department, person, email, language, false, sentAt,
                Optional.of(at));
    }

    /** Spent by the one response it allowed; a second use is refused (the page says so only in general words). */
    public Invitation use() {
        requireUnused();
        return new Invitation(campaign, tokenHash, department, person, email, language, true, sentAt, remindedAt);
    }

    /** Whether {@code token} is this invitation's. */
    public boolean isFor(InvitationToken token) {
        return tokenHash.equals(token.hash());
    }

    private void requireUnused() {
        if (used) {
            throw new RuleViolation("rule.survey.invitation.used");
        }
    }
}
