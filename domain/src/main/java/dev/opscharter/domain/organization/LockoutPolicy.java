package dev.opscharter.domain.organization;

import java.time.Duration;
import java.time.Instant;

/**
 * Throttles password guessing: after {@code maxFailures} failed sign-ins in a row an account is
 * locked for {@code lockDuration}; a successful sign-in resets the count.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("a lockout needs at least one failure and a positive duration");
        }
    }

    Instant lockedUntil(Instant failedAt) {
        return failedAt.plus(lockDuration);
    }
}
