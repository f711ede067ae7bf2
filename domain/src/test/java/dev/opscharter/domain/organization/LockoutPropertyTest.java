package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.Language;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock-out rule against a deliberately simple model: count the failures since the last success
 * (or since the last lock-out); reaching the limit locks; failures while locked are ignored.
 */
class LockoutPropertyTest {

    private static final Instant T0 = Instant.parse("2026-05-14T02:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(5);

    /** All outcomes at one instant: a lock never expires, so only the tail after the last success matters. */
    @Property
    void at_one_instant_an_account_is_locked_iff_enough_failures_followed_the_last_success(
            @ForAll @IntRange(min = 1, max = 8) int maxFailures,
            @ForAll @Size(max = 40) List<Boolean> succeeded) {
        var policy = new LockoutPolicy(maxFailures, LOCK);
        var account = newAccount();
        for (boolean success : succeeded) {
            account = success ? account.signInSucceeded() : account.signInFailed(T0, policy);
        }

        int failuresSinceLastSuccess = succeeded.size() - 1 - succeeded.lastIndexOf(true);
        boolean expectLocked = failuresSinceLastSuccess >= maxFailures;

        assertThat(account.isLockedAt(T0)).isEqualTo(expectLocked);
        assertThat(account.failedSignIns()).isEqualTo(expectLocked ? 0 : failuresSinceLastSuccess);
        assertThat(account.lockedUntil().isPresent()).isEqualTo(expectLocked);
    }

    @Property
    void over_time_an_account_follows_the_lockout_model(@ForAll @IntRange(min = 1, max = 6) int maxFailures,
                                                        @ForAll("attempts") List<Attempt> attempts) {
        var policy = new LockoutPolicy(maxFailures, LOCK);
        var account = newAccount();
        var model = new Model(maxFailures);
        var now = T0;
        for (var attempt : attempts) {
            now = now.plusSeconds(attempt.secondsLater());
            if (attempt.succeeded()) {
                account = account.signInSucceeded();
                model.succeeded();
            } else {
                account = account.signInFailed(now, policy);
                model.failed(now);
            }

            assertThat(account.isLockedAt(now)).as("locked at %s", now).isEqualTo(model.lockedAt(now));
            assertThat(account.failedSignIns()).isEqualTo(model.streak);
            if (model.lockedAt(now)) {
                assertThat(account.lockedUntil()).contains(model.lockedUntil);
            }
        }
    }

    @Property
    void a_lock_never_reaches_further_than_the_lock_duration_after_the_latest_failure(
            @ForAll("attempts") List<Attempt> attempts) {
        var account = newAccount();
        var now = T0;
        for (var attempt : attempts) {
            now = now.plusSeconds(attempt.secondsLater());
            account = attempt.succeeded() ? account.signInSucceeded() : account.signInFailed(now, LockoutPolicy.DEFAULT);

            var horizon = now.plus(LockoutPolicy.DEFAULT.lockDuration());
            account.lockedUntil().ifPresent(until -> assertThat(until).isBeforeOrEqualTo(horizon));
        }
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        var attempt = Combinators.combine(
                        Arbitraries.integers().between(0, 10).map(n -> n < 3),
                        Arbitraries.frequencyOf(
                                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 30)),
                                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(280, 320)),
                                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 3600))))
                .as(Attempt::new);
        return attempt.list().ofMaxSize(60);
    }

    record Attempt(boolean succeeded, int secondsLater) {
    }

    /** The rule as an operations manager would state it, one attempt at a time. */
    private static final class Model {
        private final int maxFailures;
        private int streak;
        private Instant lockedUntil = Instant.MIN;

        Model(int maxFailures) {
            this.maxFailures = maxFailures;
        }

        void succeeded() {
            streak = 0;
            lockedUntil = Instant.MIN;
        }

        void failed(Instant at) {
            if (lockedAt(at)) {
                return;
            }
            streak++;
            if (streak == maxFailures) {
                streak = 0;
                lockedUntil = at.plus(LOCK);
            }
        }

        boolean lockedAt(Instant at) {
            return at.isBefore(lockedUntil);
        }
    }

    private static UserAccount newAccount() {
        return UserAccount.open(new Username("li.wei"), "hash", PersonId.random(), Language.ZH_CN);
    }
}
