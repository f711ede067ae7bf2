package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.organization.port.in.UserAccountQueries.AccountEntry;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import static dev.opscharter.application.organization.OrganizationFixture.NOW;
import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.application.shared.AuditAssertions.visibleChanges;
import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.DEACTIVATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.PASSWORD_RESET;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.REACTIVATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountServiceTest {

    private static final String NEW_PASSWORD = "new-passphrase-9";
    private static final LocalDate LAST_MONTH = LocalDate.of(2026, 4, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    private final OrganizationFixture org = new OrganizationFixture();
    private final UserAccountService service = org.userAccountService();
    private final Department operations = org.department("OPS");
    private final Person liWei = org.person("Li Wei", operations).roles(Role.OPS_MANAGER).save();

    static Stream<Actor> everyoneButAdmin() {
        return Actors.allBut(Role.ADMIN);
    }

    @Test
    void an_admin_opens_an_account_for_a_person_and_the_opening_is_audited_once() {
        var id = service.open(liWei.id(), "Li.Wei", "correct-horse-7", Language.EN);

        var stored = org.accounts.byId(id).orElseThrow();
        assertThat(stored.username()).isEqualTo(new Username("li.wei"));
        assertThat(stored.personId()).isEqualTo(liWei.id());
        assertThat(stored.language()).isEqualTo(Language.EN);
        assertThat(stored.enabled()).isTrue();
        assertThat(org.hasher.matches("correct-horse-7", stored.passwordHash())).isTrue();
        assertThat(stored.passwordHash()).isNotEqualTo("correct-horse-7");

        var entry = org.onlyAuditEntry();
        assertEntry(entry, CREATE, "admin", "UserAccount", id);
        assertThat(visibleChanges(entry)).containsExactly(
                new FieldChange("username", "", "li.wei"),
                new FieldChange("person", "", liWei.id().toString()),
                new FieldChange("language", "", "EN"),
                new FieldChange("enabled", "", "true"));
        assertNoPasswordIn(entry, "correct-horse-7", stored.passwordHash());
    }

    @ParameterizedTest
    @MethodSource("everyoneButAdmin")
    void only_an_admin_may_open_an_account(Actor someone) {
        org.actAs(someone);
        var before = org.state();

        assertThatThrownBy(() -> service.open(liWei.id(), "li.wei", "correct-horse-7", Language.ZH_CN))
                .isInstanceOf(AccessDenied.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("everyoneButAdmin")
    void only_an_admin_may_look_after_accounts(Actor someone) {
        var account = org.accountLockedUntil(liWei, "li.wei", NOW.plusSeconds(60));
        var leaver = org.person("Wang Fang", operations).leftOn(LAST_MONTH).save();
        org.account(leaver, "wang.fang");
        org.actAs(someone);
        var before = org.state();

        assertThatThrownBy(() -> service.resetPassword(account.id(), NEW_PASSWORD, account.version()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.disable(account.id(), account.version())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.enable(account.id(), account.version())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.requirePasswordChange(account.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.unlock(account.id(), account.version())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(service::all).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(service::disableAccountsOfLeavers).isInstanceOf(AccessDenied.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_username_already_taken_is_refused_whatever_its_case() {
        var wangFang = org.person("Wang Fang", operations).save();
        org.account(wangFang, "li.wei");
        var before = org.state();

        var refusal = assertRejected(() -> service.open(liWei.id(), "LI.WEI", "correct-horse-7", Language.EN),
                "username", "validation.username.taken");

        assertThat(refusal.arguments()).containsExactly("li.wei");
        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_person_who_left_cannot_get_an_account() {
        var leaver = org.person("Wang Fang", operations).leftOn(LAST_MONTH).save();
        var before = org.state();

        assertRejected(() -> service.open(leaver.id(), "wang.fang", "correct-horse-7", Language.EN),
                "person", "validation.person.left");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_persons_second_account_is_refused() {
        org.account(liWei, "li.wei");
        var before = org.state();

        assertRejected(() -> service.open(liWei.id(), "wei.li", "correct-horse-7", Language.EN),
                "person", "validation.person.has-account");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_second_account_is_refused_even_when_the_first_is_disabled() {
        org.disabledAccount(liWei, "li.wei");

        assertRejected(() -> service.open(liWei.id(), "wei.li", "correct-horse-7", Language.EN),
                "person", "validation.person.has-account");
    }

    @Test
    void an_account_needs_an_existing_person() {
        var before = org.state();

        assertRejected(() -> service.open(PersonId.random(), "ghost", "correct-horse-7", Language.EN),
                "person", "validation.required");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_weak_password_or_a_malformed_username_is_refused_and_nothing_is_stored() {
        var before = org.state();

        assertRejected(() -> service.open(liWei.id(), "li.wei", "short-1", Language.EN),
                "password", "validation.password.too-short");
        assertRejected(() -> service.open(liWei.id(), "li.wei", "onlyletterslong", Language.EN),
                "password", "validation.password.mix");
        assertRejected(() -> service.open(liWei.id(), "li wei", "correct-horse-7", Language.EN),
                "username", "validation.username");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void an_admin_resets_a_password_which_also_lifts_a_lock() {
        var account = org.accountLockedUntil(liWei, "li.wei", NOW.plus(Duration.ofMinutes(10)));

        service.resetPassword(account.id(), NEW_PASSWORD, account.version());

        var stored = org.stored(account);
        assertThat(org.hasher.matches(NEW_PASSWORD, stored.passwordHash())).isTrue();
        assertThat(org.hasher.matches(OrganizationFixture.PASSWORD, stored.passwordHash())).isFalse();
        assertThat(stored.isLockedAt(NOW)).isFalse();
        var entry = org.onlyAuditEntry();
        assertEntry(entry, PASSWORD_RESET, "admin", "UserAccount", account.id());
        assertThat(entry.changes()).containsExactly(new FieldChange("lockedUntil", "2026-05-14T02:10:00Z", ""));
        assertNoPasswordIn(entry, NEW_PASSWORD, stored.passwordHash());
    }

    @Test
    void a_new_password_must_follow_the_policy() {
        var account = org.account(liWei, "li.wei");
        var before = org.state();

        assertRejected(() -> service.resetPassword(account.id(), "1234567890", account.version()),
                "password", "validation.password.mix");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_password_reset_on_a_stale_copy_changes_nothing() {
        var account = org.account(liWei, "li.wei");
        service.disable(account.id(), account.version());
        var before = org.state();

        assertThatThrownBy(() -> service.resetPassword(account.id(), NEW_PASSWORD, account.version()))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void an_admin_disables_and_enables_an_account() {
        var account = org.account(liWei, "li.wei");

        service.disable(account.id(), account.version());
        assertThat(org.stored(account).enabled()).isFalse();
        var disabling = org.onlyAuditEntry();
        assertEntry(disabling, DEACTIVATE, "admin", "UserAccount", account.id());
        assertThat(disabling.changes()).containsExactly(new FieldChange("enabled", "true", "false"));

        service.enable(account.id(), org.stored(account).version());
        assertThat(org.stored(account).enabled()).isTrue();
        var enabling = org.auditLog.entries().getLast();
        assertEntry(enabling, REACTIVATE, "admin", "UserAccount", account.id());
        assertThat(enabling.changes()).containsExactly(new FieldChange("enabled", "false", "true"));
    }

    @Test
    void a_stale_disable_or_enable_changes_nothing() {
        var account = org.account(liWei, "li.wei");
        service.disable(account.id(), account.version());
        var before = org.state();

        assertThatThrownBy(() -> service.enable(account.id(), account.version()))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> service.disable(account.id(), account.version()))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void an_admin_cannot_disable_their_own_account() {
        var admin = org.person("Admin", operations).roles(Role.ADMIN).save();
        var own = org.account(admin, "admin");
        var before = org.state();

        assertRejected(() -> service.disable(own.id(), own.version()), "account", "validation.account.self-disable");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void the_account_of_a_person_who_left_cannot_be_enabled() {
        var leaver = org.person("Wang Fang", operations).leftOn(LAST_MONTH).save();
        var account = org.disabledAccount(leaver, "wang.fang");
        var before = org.state();

        assertRejected(() -> service.enable(account.id(), account.version()), "person", "validation.person.left");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void an_admin_unlocks_a_locked_account() {
        var account = org.accountLockedUntil(liWei, "li.wei", NOW.plus(Duration.ofMinutes(10)));

        service.unlock(account.id(), account.version());

        assertThat(org.stored(account).isLockedAt(NOW)).isFalse();
        var entry = org.onlyAuditEntry();
        assertEntry(entry, UPDATE, "admin", "UserAccount", account.id());
        assertThat(entry.changes()).containsExactly(new FieldChange("lockedUntil", "2026-05-14T02:10:00Z", ""));
    }

    @Test
    void a_generated_password_leaves_the_account_no_role_until_its_holder_has_changed_it() {
        var account = org.account(liWei, "li.wei");

        service.requirePasswordChange(account.id());

        var entry = org.onlyAuditEntry();
        assertEntry(entry, UPDATE, "admin", "UserAccount", account.id());
        assertThat(entry.changes()).containsExactly(new FieldChange("mustChangePassword", "", "true"));
        var signIn = org.signInService();
        var credentials = signIn.credentials("li.wei").orElseThrow();
        assertThat(credentials.roles()).contains(Role.OPS_MANAGER);
        assertThat(credentials.actingRoles()).isEmpty();

        org.actAs(Actor.user("li.wei", credentials.actingRoles()));
        signIn.changePassword(OrganizationFixture.PASSWORD, NEW_PASSWORD);

        assertThat(signIn.credentials("li.wei").orElseThrow().actingRoles()).contains(Role.OPS_MANAGER);
    }

    @Test
    void an_unknown_account_is_not_found() {
        var unknown = UserAccountId.random();

        assertThatThrownBy(() -> service.unlock(unknown, 1)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.enable(unknown, 1)).isInstanceOf(NotFound.class);
        assertThat(org.auditLog.entries()).isEmpty();
    }

    @Test
    void the_account_list_is_ordered_by_username_and_shows_who_is_locked_now() {
        var wangFang = org.person("Wang Fang", operations).save();
        var zhaoLei = org.person("Zhao Lei", operations).save();
        var zhao = org.accountLockedUntil(zhaoLei, "zhao.lei", NOW.plusSeconds(1));
        var li = org.account(liWei, "li.wei");
        var wang = org.accountLockedUntil(wangFang, "wang.fang", NOW);

        assertThat(service.all()).containsExactly(
                new AccountEntry(li, liWei, false),
                new AccountEntry(wang, wangFang, false),
                new AccountEntry(zhao, zhaoLei, true));
    }

    @Test
    void the_daily_job_disables_exactly_the_enabled_accounts_of_leavers_and_counts_them() {
        var leaverA = org.person("Wang Fang", operations).leftOn(LAST_MONTH).save();
        var leaverB = org.person("Zhao Lei", operations).leftOn(TODAY).save();
        var leaverC = org.person("Chen Jing", operations).leftOn(LAST_MONTH).save();
        org.person("Sun Li", operations).leftOn(LAST_MONTH).save();
        var a = org.account(leaverA, "wang.fang");
        var b = org.accountLockedUntil(leaverB, "zhao.lei", NOW.plusSeconds(60));
        var c = org.disabledAccount(leaverC, "chen.jing");
        var stayer = org.account(liWei, "li.wei");
        org.actAs(Actor.SYSTEM);

        int disabled = service.disableAccountsOfLeavers();

        assertThat(disabled).isEqualTo(2);
        assertThat(org.stored(a).enabled()).isFalse();
        assertThat(org.stored(b).enabled()).isFalse();
        assertThat(org.stored(c)).isEqualTo(c);
        assertThat(org.stored(stayer)).isEqualTo(stayer);
        assertThat(org.auditLog.entries()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(DEACTIVATE);
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.entityType()).isEqualTo("UserAccount");
            assertThat(entry.changes()).containsExactly(new FieldChange("enabled", "true", "false"));
        }).extracting(AuditEntry::entityId).containsExactlyInAnyOrder(a.id().toString(), b.id().toString());
    }

    @Test
    void the_daily_job_has_nothing_to_do_the_second_time() {
        var leaver = org.person("Wang Fang", operations).leftOn(LAST_MONTH).save();
        org.account(leaver, "wang.fang");
        assertThat(service.disableAccountsOfLeavers()).isEqualTo(1);
        var before = org.state();

        assertThat(service.disableAccountsOfLeavers()).isZero();

        assertThat(org.state()).isEqualTo(before);
    }

    private static void assertNoPasswordIn(AuditEntry entry, String password, String hash) {
        assertThat(entry.changes()).allSatisfy(change -> {
            assertThat(change.before()).doesNotContain(password).doesNotContain(hash);
            assertThat(change.after()).doesNotContain(password).doesNotContain(hash);
        });
    }
}
