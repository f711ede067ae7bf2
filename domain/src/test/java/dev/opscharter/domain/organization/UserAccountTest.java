package dev.opscharter.domain.organization;

import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class UserAccountTest {

    private static final LockoutPolicy FIVE_TRIES = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-05-14T02:00:00Z");

    @Test
    void a_new_account_is_enabled_unlocked_and_not_yet_stored() {
        var account = newAccount();

        assertThat(account.enabled()).isTrue();
        assertThat(account.failedSignIns()).isZero();
        assertThat(account.lockedUntil()).isEmpty();
        assertThat(account.isLockedAt(T0)).isFalse();
        assertThat(account.isNew()).isTrue();
    }

    @Test
    void four_failed_sign_ins_in_a_row_do_not_lock_the_account() {
        var account = failTimes(newAccount(), 4, T0);

        assertThat(account.failedSignIns()).isEqualTo(4);
        assertThat(account.lockedUntil()).isEmpty();
        assertThat(account.isLockedAt(T0)).isFalse();
    }

    @Test
    void an_account_locks_after_five_failed_sign_ins_in_a_row() {
        var fifthFailure = T0.plusSeconds(40);
        var account = failTimes(newAccount(), 4, T0).signInFailed(fifthFailure, FIVE_TRIES);

        assertThat(account.isLockedAt(fifthFailure)).isTrue();
        assertThat(account.lockedUntil()).contains(fifthFailure.plus(Duration.ofMinutes(15)));
        assertThat(account.failedSignIns()).isZero();
    }

    @Test
    void a_policy_of_one_failure_locks_at_the_first_failure() {
        var account = newAccount().signInFailed(T0, new LockoutPolicy(1, Duration.ofSeconds(30)));

        assertThat(account.lockedUntil()).contains(T0.plusSeconds(30));
    }

    @Test
    void a_lock_expires_exactly_at_locked_until() {
        var account = failTimes(newAccount(), 5, T0);
        var lockedUntil = T0.plus(Duration.ofMinutes(15));

        assertThat(account.isLockedAt(lockedUntil.minusNanos(1))).isTrue();
        assertThat(account.isLockedAt(lockedUntil)).isFalse();
        assertThat(account.isLockedAt(lockedUntil.plusNanos(1))).isFalse();
    }

    @Test
    void failures_while_locked_do_not_extend_the_lock() {
        var locked = failTimes(newAccount(), 5, T0);

        var afterMoreFailures = failTimes(locked, 10, T0.plus(Duration.ofMinutes(14)));

        assertThat(afterMoreFailures).isEqualTo(locked);
        assertThat(afterMoreFailures.lockedUntil()).contains(T0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void after_the_lock_expires_it_takes_five_new_failures_to_lock_again() {
        var locked = failTimes(newAccount(), 5, T0);
        var expiry = T0.plus(Duration.ofMinutes(15));

        var fourMore = failTimes(locked, 4, expiry);
        assertThat(fourMore.isLockedAt(expiry)).isFalse();
        assertThat(fourMore.failedSignIns()).isEqualTo(4);

        var fifth = fourMore.signInFailed(expiry.plusSeconds(1), FIVE_TRIES);
        assertThat(fifth.lockedUntil()).contains(expiry.plusSeconds(1).plus(Duration.ofMinutes(15)));
    }

    @Test
    void a_successful_sign_in_resets_the_failure_count() {
        var account = failTimes(newAccount(), 4, T0).signInSucceeded();

        assertThat(account.failedSignIns()).isZero();
        assertThat(failTimes(account, 4, T0).isLockedAt(T0)).isFalse();
    }

    @Test
    void a_successful_sign_in_clears_a_lock() {
        var account = failTimes(newAccount(), 5, T0).signInSucceeded();

        assertThat(account.lockedUntil()).isEmpty();
        assertThat(account.isLockedAt(T0)).isFalse();
    }

    @Test
    void an_administrator_unlock_clears_the_lock_and_the_count() {
        var account = failTimes(newAccount(), 5, T0).unlock(3);

        assertThat(account.lockedUntil()).isEmpty();
        assertThat(account.failedSignIns()).isZero();
        assertThat(account.version()).isEqualTo(3);
    }

    @Test
    void a_new_password_clears_the_lock() {
        var account = failTimes(newAccount(), 5, T0).withPasswordHash("new-hash", 2);

        assertThat(account.passwordHash()).isEqualTo("new-hash");
        assertThat(account.isLockedAt(T0)).isFalse();
    }

    @Test
    void disabling_and_enabling_keep_the_lock_state() {
        var locked = failTimes(newAccount(), 5, T0);

        var disabled = locked.disable(1);
        var enabled = disabled.enable(2);

        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.isLockedAt(T0)).isTrue();
        assertThat(enabled.enabled()).isTrue();
        assertThat(enabled.lockedUntil()).isEqualTo(locked.lockedUntil());
    }

    @Test
    void a_language_change_keeps_everything_else() {
        var account = failTimes(newAccount(), 2, T0);

        var english = account.withLanguage(Language.EN);

        assertThat(english.language()).isEqualTo(Language.EN);
        assertThat(english.failedSignIns()).isEqualTo(2);
        assertThat(english.version()).isEqualTo(account.version());
    }

    @Test
    void the_snapshot_never_shows_the_password_hash() {
        var locked = failTimes(newAccount(), 5, T0);

        assertThat(locked.snapshot()).containsExactly(
                entry("username", "li.wei"),
                entry("person", locked.personId().toString()),
                entry("language", "ZH_CN"),
                entry("enabled", "true"),
                entry("lockedUntil", "2026-05-14T02:15:00Z"));
        assertThat(locked.snapshot().values()).noneMatch(value -> value.contains("secret-hash"));
    }

    @Test
    void mail_notifications_are_on_until_the_holder_turns_them_off_and_survive_other_changes() {
        var account = newAccount();
        assertThat(account.mailNotifications()).isTrue();
        assertThat(account.snapshot()).doesNotContainKey("mailNotifications");

        var off = account.withMailNotifications(false, account.version());
        assertThat(off.mailNotifications()).isFalse();
        assertThat(off.snapshot()).containsEntry("mailNotifications", "false");
        var lockedOut = failTimes(off.withLanguage(Language.EN), 5, T0);
        assertThat(lockedOut.unlock(off.version()).signInSucceeded()
                .withPasswordHash("new-hash", off.version()).disable(off.version()).enable(off.version())
                .requirePasswordChange().mailNotifications())
                .as("no other change touches the choice").isFalse();
        assertThat(off.withMailNotifications(true, off.version()).mailNotifications()).isTrue();
    }

    @Test
    void a_generated_password_must_be_changed_and_a_new_password_clears_that() {
        var generated = newAccount().requirePasswordChange();
        assertThat(generated.mustChangePassword()).isTrue();
        assertThat(generated.snapshot()).containsEntry("mustChangePassword", "true");
        assertThat(generated.withLanguage(Language.EN).signInFailed(T0, FIVE_TRIES)
                .mustChangePassword()).as("other changes keep the flag").isTrue();

        assertThat(generated.withPasswordHash("new-hash", generated.version()).mustChangePassword()).isFalse();
        assertThat(newAccount().mustChangePassword()).isFalse();
    }

    @Test
    void a_failure_count_cannot_be_negative() {
        assertThatIllegalArgumentException().isThrownBy(() -> UserAccount.reconstitute(UserAccountId.random(),
                new Username("li.wei"), "h", PersonId.random(), Language.EN, true, -1, Optional.empty(), 1));
    }

    @Test
    void a_lockout_policy_needs_at_least_one_failure_and_a_positive_duration() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(5, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(5, Duration.ofMinutes(-1)));
    }

    @Test
    void the_default_policy_is_five_failures_and_fifteen_minutes() {
        assertThat(LockoutPolicy.DEFAULT).isEqualTo(new LockoutPolicy(5, Duration.ofMinutes(15)));
    }

    private static UserAccount newAccount() {
        return UserAccount.open(new Username("Li.Wei"), "secret-hash", PersonId.random(), Language.ZH_CN);
    }

    private static UserAccount failTimes(UserAccount account, int times, Instant at) {
        var result = account;
        for (int i = 0; i < times; i++) {
            result = result.signInFailed(at, FIVE_TRIES);
        }
        return result;
    }
}
