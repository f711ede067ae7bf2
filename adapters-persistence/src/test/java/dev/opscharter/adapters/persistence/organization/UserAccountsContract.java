package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.application.organization.AccountFilter;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.PageRequest.Order;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.organization.LockoutPolicy;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link UserAccounts} does, the in-memory fake as much as the PostgreSQL adapter.
 * Instants carry at most microseconds, the precision PostgreSQL keeps.
 */
abstract class UserAccountsContract {

    private static final Instant AN_INSTANT = Instant.parse("2026-03-01T08:15:30.123456Z");

    protected abstract UserAccounts accounts();

    /** A person who has no account yet (the database checks that the person exists). */
    protected abstract PersonId aPerson();

    private static Username aUsername() {
        return new Username("user." + Unique.token().toLowerCase(Locale.ROOT));
    }

    private UserAccount newAccount() {
        return UserAccount.open(aUsername(), "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", aPerson(), Language.ZH_CN);
    }

    @Test
    void a_page_of_accounts_is_found_by_username_sorted_and_cut_by_the_store() {
        var token = Unique.token().toLowerCase(Locale.ROOT);
        for (var name : List.of("c", "a", "d", "b")) {
            accounts().save(UserAccount.open(new Username("pg." + token + "." + name), "{bcrypt}$2a$10$hash",
                    aPerson(), Language.EN));
        }
        var ours = new AccountFilter(" " + token.toUpperCase(Locale.ROOT) + " ");

        assertThat(accounts().count(ours)).isEqualTo(4);
        assertThat(names(accounts().page(ours, new PageRequest(0, 3)))).containsExactly("a", "b", "c");
        assertThat(names(accounts().page(ours, new PageRequest(3, 3)))).containsExactly("d");
        assertThat(names(accounts().page(ours, new PageRequest(0, 2, List.of(new Order("username", true))))))
                .containsExactly("d", "c");
        assertThat(names(accounts().page(ours, new PageRequest(0, 1, List.of(new Order("no-such-key", true))))))
                .containsExactly("a");
        assertThat(accounts().count(new AccountFilter("pg." + token + ".b"))).isOne();
        assertThat(accounts().count(AccountFilter.ALL)).isGreaterThanOrEqualTo(4);
    }

    private static List<String> names(List<UserAccount> accounts) {
        return accounts.stream().map(a -> a.username().value().substring(a.username().value().length() - 1)).toList();
    }

    @Test
    void a_new_account_is_stored_as_version_1_with_every_field() {
        var account = UserAccount.reconstitute(UserAccountId.random(), aUsername(), "{bcrypt}$2a$10$hash",
                aPerson(), Language.EN, false, 3, Optional.of(AN_INSTANT), 0);

        var saved = accounts().save(account);

        var expected = UserAccount.reconstitute(account.id(), account.username(), "{bcrypt}$2a$10$hash",
                account.personId(), Language.EN, false, 3, Optional.of(AN_INSTANT), 1);
        assertThat(saved).isEqualTo(expected);
        assertThat(accounts().byId(account.id())).contains(expected);
    }

    @Test
    void an_account_that_was_never_locked_round_trips() {
        var saved = accounts().save(newAccount());

        var found = accounts().byId(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.lockedUntil()).isEmpty();
        assertThat(found.enabled()).isTrue();
        assertThat(found.failedSignIns()).isZero();
        assertThat(found.language()).isEqualTo(Language.ZH_CN);
    }

    @Test
    void an_account_is_found_by_its_username_and_by_its_person() {
        var saved = accounts().save(newAccount());

        assertThat(accounts().byUsername(saved.username())).contains(saved);
        assertThat(accounts().byPerson(saved.personId())).contains(saved);
    }

    @Test
    void unknown_ids_usernames_and_people_find_nothing() {
        assertThat(accounts().byId(UserAccountId.random())).isEmpty();
        assertThat(accounts().byUsername(aUsername())).isEmpty();
        assertThat(accounts().byPerson(PersonId.random())).isEmpty();
    }

    @Test
    void all_lists_every_stored_account() {
        var first = accounts().save(newAccount());
        var second = accounts().save(newAccount());

        assertThat(accounts().all()).contains(first, second);
    }

    @Test
    void a_lockout_and_an_unlock_are_stored_and_bump_the_version() {
        var saved = accounts().save(newAccount());
        var policy = new LockoutPolicy(1, Duration.ofMinutes(15));

        var locked = accounts().save(saved.signInFailed(AN_INSTANT, policy));
        assertThat(locked.version()).isEqualTo(2);
        assertThat(accounts().byId(saved.id()).orElseThrow().lockedUntil())
                .contains(AN_INSTANT.plus(Duration.ofMinutes(15)));

        var unlocked = accounts().save(locked.unlock(locked.version()));
        assertThat(accounts().byId(saved.id())).contains(unlocked);
        assertThat(unlocked.lockedUntil()).isEmpty();
        assertThat(unlocked.version()).isEqualTo(3);
    }

    @Test
    void sign_in_bookkeeping_is_stored_without_changing_the_version_or_anything_else() {
        var saved = accounts().save(newAccount());
        var locked = saved.signInFailed(AN_INSTANT, new LockoutPolicy(1, Duration.ofMinutes(15)));

        accounts().recordSignIns(locked.withLanguage(Language.EN));

        var found = accounts().byId(saved.id()).orElseThrow();
        assertThat(found.lockedUntil()).contains(AN_INSTANT.plus(Duration.ofMinutes(15)));
        assertThat(found.version()).isEqualTo(saved.version());
        assertThat(found.language()).as("only the bookkeeping is stored").isEqualTo(Language.ZH_CN);
        assertThat(accounts().save(found.unlock(saved.version())).version()).isEqualTo(saved.version() + 1);

        accounts().recordSignIns(found.signInSucceeded());
        assertThat(accounts().byId(saved.id()).orElseThrow().lockedUntil()).isEmpty();
    }

    @Test
    void the_mail_choice_is_stored_bumps_the_version_and_outlives_the_sign_in_bookkeeping() {
        var saved = accounts().save(newAccount());
        assertThat(saved.mailNotifications()).as("on for a new account").isTrue();

        var off = accounts().save(saved.withMailNotifications(false, saved.version()));
        assertThat(off.version()).isEqualTo(saved.version() + 1);
        assertThat(accounts().byId(saved.id())).contains(off);
        accounts().recordSignIns(off.signInFailed(AN_INSTANT, new LockoutPolicy(5, Duration.ofMinutes(15))));
        assertThat(accounts().byUsername(saved.username()).orElseThrow().mailNotifications()).isFalse();

        assertThatThrownBy(() -> accounts().save(saved.withMailNotifications(false, saved.version())))
                .isInstanceOf(ConcurrentModification.class);
        var on = accounts().save(accounts().byId(saved.id()).orElseThrow().withMailNotifications(true, off.version()));
        assertThat(accounts().byPerson(saved.personId())).contains(on);
        assertThat(on.mailNotifications()).isTrue();
    }

    @Test
    void stale_update_is_refused_and_changes_nothing() {
        var saved = accounts().save(newAccount());
        var current = accounts().save(saved.withLanguage(Language.EN));

        assertThatThrownBy(() -> accounts().save(saved.disable(saved.version())))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(accounts().byId(saved.id())).contains(current);
    }

    @Test
    void saving_the_same_new_account_twice_is_refused() {
        var account = newAccount();
        var saved = accounts().save(account);

        assertThatThrownBy(() -> accounts().save(account)).isInstanceOf(ConcurrentModification.class);
        assertThat(accounts().byId(account.id())).contains(saved);
    }
}
