package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Step;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The account a person signs in with. Roles are the person's; the account holds the credentials,
 * the preferred language and the lock-out state. {@code mustChangePassword}: the password was
 * generated (the first administrator's, printed to a log); until its holder sets their own, the
 * account may do nothing but that. {@code mailNotifications}: whether its holder also receives their
 * notifications by e-mail (the in-app inbox always has them); on unless they turned it off.
 */
public record UserAccount(UserAccountId id, Username username, String passwordHash, PersonId personId,
                          Language language, boolean enabled, int failedSignIns, Optional<Instant> lockedUntil,
                          boolean mustChangePassword, boolean mailNotifications, long version) {

    public UserAccount {
        Objects.requireNonNull(id);
        Objects.requireNonNull(username);
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(personId);
        Objects.requireNonNull(language);
        Objects.requireNonNull(lockedUntil);
        if (failedSignIns < 0) {
            throw new IllegalArgumentException("failed sign-ins cannot be negative");
        }
    }

    public static UserAccount open(Username username, String passwordHash, PersonId personId, Language language) {
        return new UserAccount(UserAccountId.random(), username, passwordHash, personId, language, true, 0,
                Optional.empty(), false, true, 0);
    }

    public static UserAccount reconstitute(UserAccountId id, Username username, String passwordHash,
                                           PersonId personId, Language language, boolean enabled,
                                           int failedSignIns, Optional<Instant> lockedUntil,
                                           boolean mustChangePassword, boolean mailNotifications, long version) {
        return new UserAccount(id, username, passwordHash, personId, language, enabled, failedSignIns, lockedUntil,
                mustChangePassword, mailNotifications, version);
    }

    /** An account whose holder kept the mail notifications on. */
    public static UserAccount reconstitute(UserAccountId id, Username username, String passwordHash,
                                           PersonId personId, Language language, boolean enabled,
                                           int failedSignIns, Optional<Instant> lockedUntil,
                                           boolean mustChangePassword, long version) {
        return reconstitute(id, username, passwordHash, personId, language, enabled, failedSignIns, lockedUntil,
                mustChangePassword, true, version);
    }

    /** An account whose holder chose their own password. */
    public static UserAccount reconstitute(UserAccountId id, Username username, String passwordHash,
                                           PersonId personId, Language language, boolean enabled,
                                           int failedSignIns, Optional<Instant> lockedUntil, long version) {
        return reconstitute(id, username, passwordHash, personId, language, enabled, failedSignIns, lockedUntil,
                false, version);
    }

    /** The password was generated, not chosen: its holder must replace it before doing anything else. */
    public UserAccount requirePasswordChange() {
        return new UserAccount(id, username, passwordHash, personId, language, enabled, failedSignIns, lockedUntil,
                true, mailNotifications, version);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }

    /** Counts a failed sign-in; reaching the policy's limit locks the account. */
    public UserAccount signInFailed(Instant at, LockoutPolicy policy) {
        if (isLockedAt(at)) {
            return this;
        }
        int failures = failedSignIns + 1;
        if (failures >= policy.maxFailures()) {
            return new UserAccount(id, username, passwordHash, personId, language, enabled, 0,
                    Optional.of(policy.lockedUntil(at)), mustChangePassword, mailNotifications, version);
        }
        return new UserAccount(id, username, passwordHash, personId, language, enabled, failures, Optional.empty(),
                mustChangePassword, mailNotifications, version);
    }

    public UserAccount signInSucceeded() {
        return new UserAccount(id, username, passwordHash, personId, language, enabled, 0, Optional.empty(),
                mustChangePassword, mailNotifications, version);
    }

    /**
     * A new password always; disable or enable, whichever changes something; unlock while a lock-out is
     * recorded (an expired one too: unlocking clears it and the failed sign-ins).
     */
    public List<Step<AccountStep>> allowedSteps(Actor actor) {
        return AdministeredSteps.of(actor, AccountStep.values(), this::guard);
    }

    private Optional<Refusal> guard(AccountStep kind) {
        return switch (kind) {
            case RESET_PASSWORD -> Optional.empty();
            case DISABLE -> enabled ? Optional.empty() : Refusal.because("rule.account.disabled", username.value());
            case ENABLE -> enabled ? Refusal.because("rule.account.enabled", username.value()) : Optional.empty();
            case UNLOCK -> lockedUntil.isPresent()
                    ? Optional.empty() : Refusal.because("rule.account.not-locked", username.value());
        };
    }

    public UserAccount unlock(long version) {
        Refusal.enforce(guard(AccountStep.UNLOCK));
        return new UserAccount(id, username, passwordHash, personId, language, enabled, 0, Optional.empty(),
                mustChangePassword, mailNotifications, version);
    }

    /** A new password, set by its holder or by an administrator, is no longer the generated one. */
    public UserAccount withPasswordHash(String newHash, long version) {
        return new UserAccount(id, username, newHash, personId, language, enabled, 0, Optional.empty(), false,
                mailNotifications, version);
    }

    public UserAccount withLanguage(Language newLanguage) {
        return new UserAccount(id, username, passwordHash, personId, newLanguage, enabled, failedSignIns,
                lockedUntil, mustChangePassword, mailNotifications, version);
    }

    /** Its holder's choice, checked against the version they saw like every other change. */
    public UserAccount withMailNotifications(boolean on, long version) {
        return new UserAccount(id, username, passwordHash, personId, language, enabled, failedSignIns, lockedUntil,
                mustChangePassword, on, version);
    }

    public UserAccount disable(long version) {
        Refusal.enforce(guard(AccountStep.DISABLE));
        return new UserAccount(id, username, passwordHash, personId, language, false, failedSignIns, lockedUntil,
                mustChangePassword, mailNotifications, version);
    }

    public UserAccount enable(long version) {
        Refusal.enforce(guard(AccountStep.ENABLE));
        return new UserAccount(id, username, passwordHash, personId, language, true, failedSignIns, lockedUntil,
                mustChangePassword, mailNotifications, version);
    }

    public boolean isNew() {
        return version == 0;
    }

    /** The fields an auditor may see: never the password hash. */
    public Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", username.value());
        fields.put("person", personId.toString());
        fields.put("language", language.name());
        fields.put("enabled", Boolean.toString(enabled));
        fields.put("lockedUntil", lockedUntil.map(Instant::toString).orElse(""));
        if (mustChangePassword) { // shown only while it holds: most accounts never carry it
            fields.put("mustChangePassword", "true");
        }
        if (!mailNotifications) { // likewise: shown only once its holder turned the mails off
            fields.put("mailNotifications", "false");
        }
        return fields;
    }
}
