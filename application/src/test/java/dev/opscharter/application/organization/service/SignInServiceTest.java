package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.organization.port.in.SignIn.Credentials;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import static dev.opscharter.application.organization.OrganizationFixture.NOW;
import static dev.opscharter.application.organization.OrganizationFixture.PASSWORD;
import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.PASSWORD_RESET;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.SIGN_IN_LOCKED;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInServiceTest {

    private static final Duration LOCK = Duration.ofMinutes(15);

    private final OrganizationFixture org = new OrganizationFixture();
    private final SignInService service = org.signInService();
    private final Department operations = org.department("OPS");
    private final Person liWei = org.person("Li Wei", operations).roles(Role.OPS_MANAGER, Role.AUDITOR).save();
    private final UserAccount account = org.account(liWei, "li.wei");

    @Nested
    class Credentials_for_the_security_adapter {

        Credentials_for_the_security_adapter() {
            org.actAs(Actor.ANONYMOUS);
        }

        @Test
        void an_enabled_account_of_someone_still_employed_is_usable_with_the_persons_roles() {
            assertThat(service.credentials("li.wei")).contains(new Credentials("li.wei", "plain:" + PASSWORD,
                    Set.of(Role.OPS_MANAGER, Role.AUDITOR), true, false, false));
        }

        @Test
        void the_username_is_found_whatever_its_case_and_surrounding_blanks() {
            assertThat(service.credentials(" Li.WEI ")).map(Credentials::username).contains("li.wei");
        }

        @ParameterizedTest
        @ValueSource(strings = {"nobody", "li", "", "li wei", "li.wei@corp.cn"})
        void unknown_or_malformed_usernames_have_no_credentials(String username) {
            assertThat(service.credentials(username)).isEmpty();
        }

        @Test
        void a_disabled_account_is_unusable() {
            org.accounts.save(account.disable(account.version()));

            assertThat(service.credentials("li.wei")).map(Credentials::usable).contains(false);
        }

        @Test
        void the_account_of_someone_who_left_is_unusable_even_while_still_enabled() {
            org.people.save(liWei.leave(LocalDate.of(2026, 5, 13), liWei.version()));

            var credentials = service.credentials("li.wei").orElseThrow();
            assertThat(credentials.usable()).isFalse();
            assertThat(org.stored(account).enabled()).isTrue();
        }

        @Test
        void reading_credentials_writes_nothing() {
            var before = org.state();

            service.credentials("li.wei");

            assertThat(org.state()).isEqualTo(before);
        }
    }

    @Nested
    class Throttling_password_guessing {

        Throttling_password_guessing() {
            org.actAs(Actor.ANONYMOUS);
        }

        @Test
        void four_failures_in_a_row_do_not_lock_and_are_not_audited() {
            failTimes(4);

            assertThat(service.credentials("li.wei").orElseThrow().locked()).isFalse();
            assertThat(org.storedAccount("li.wei").failedSignIns()).isEqualTo(4);
            assertThat(org.auditLog.entries()).isEmpty();
        }

        @Test
        void five_failures_in_a_row_lock_the_account_and_the_lock_is_audited_once() {
            failTimes(8);

            assertThat(service.credentials("li.wei").orElseThrow().locked()).isTrue();
            var entry = org.onlyAuditEntry();
            assertEntry(entry, SIGN_IN_LOCKED, "anonymous", "UserAccount", account.id());
            assertThat(entry.occurredAt()).isEqualTo(NOW);
            assertThat(entry.changes()).containsExactly(new FieldChange("lockedUntil", "", "2026-05-14T02:15:00Z"));
        }

        @Test
        void the_lock_lasts_exactly_fifteen_minutes_from_the_fifth_failure() {
            failTimes(5);

            org.clock.advance(LOCK.minusNanos(1));
            assertThat(service.credentials("li.wei").orElseThrow().locked()).isTrue();

            org.clock.advance(Duration.ofNanos(1));
            assertThat(service.credentials("li.wei").orElseThrow().locked()).isFalse();
        }

        @Test
        void failures_while_locked_do_not_extend_the_lock() {
            failTimes(5);
            org.clock.advance(Duration.ofMinutes(14));
            failTimes(3);

            org.clock.set(NOW.plus(LOCK));

            assertThat(service.credentials("li.wei").orElseThrow().locked()).isFalse();
            assertThat(org.storedAccount("li.wei").lockedUntil()).contains(NOW.plus(LOCK));
            assertThat(org.auditLog.entries()).hasSize(1);
        }

        @Test
        void a_mistyped_password_does_not_make_a_pending_administrator_change_look_concurrent() {
            var loadedByAdmin = org.storedAccount("li.wei");

            failTimes(2);
            service.succeeded("li.wei");
            failTimes(5);

            assertThat(org.storedAccount("li.wei").version()).isEqualTo(loadedByAdmin.version());
            org.accounts.save(loadedByAdmin.disable(loadedByAdmin.version()));
            assertThat(org.storedAccount("li.wei").enabled()).isFalse();
        }

        @Test
        void failures_while_locked_write_nothing() {
            failTimes(5);
            var locked = org.storedAccount("li.wei");

            failTimes(3);

            assertThat(org.storedAccount("li.wei")).isEqualTo(locked);
        }

        @Test
        void after_the_lock_expires_five_new_failures_lock_again_and_are_audited_again() {
            failTimes(5);
            org.clock.advance(LOCK);

            failTimes(4);
            assertThat(service.credentials("li.wei").orElseThrow().locked()).isFalse();
            failTimes(1);

            assertThat(service.credentials("li.wei").orElseThrow().locked()).isTrue();
            assertThat(org.auditLog.entries()).extracting(e -> e.action()).containsExactly(SIGN_IN_LOCKED,
                    SIGN_IN_LOCKED);
        }

        @Test
        void a_successful_sign_in_resets_the_count_of_failures() {
            failTimes(4);
            service.succeeded("li.wei");
            failTimes(4);

            assertThat(service.credentials("li.wei").orElseThrow().locked()).isFalse();
            assertThat(org.storedAccount("li.wei").failedSignIns()).isEqualTo(4);
        }

        @Test
        void a_successful_sign_in_with_nothing_to_reset_writes_nothing() {
            var before = org.state();

            service.succeeded("li.wei");

            assertThat(org.state()).isEqualTo(before);
        }

        @Test
        void failures_are_counted_per_account_whatever_the_case_of_the_username() {
            for (var typed : new String[] {"li.wei", "LI.WEI", "Li.Wei", " li.wei", "LI.wei "}) {
                service.failed(typed);
            }

            assertThat(service.credentials("li.wei").orElseThrow().locked()).isTrue();
        }

        @Test
        void failures_for_unknown_or_malformed_usernames_change_nothing() {
            var before = org.state();

            service.failed("nobody");
            service.failed("no body");
            service.succeeded("nobody");

            assertThat(org.state()).isEqualTo(before);
        }

        private void failTimes(int times) {
            for (int i = 0; i < times; i++) {
                service.failed("li.wei");
            }
        }
    }

    @Nested
    class My_account {

        My_account() {
            org.actAs("li.wei", Role.OPS_MANAGER, Role.AUDITOR);
        }

        @Test
        void a_user_sees_their_account_person_and_department() {
            var me = service.me();

            assertThat(me.account()).isEqualTo(account);
            assertThat(me.person()).isEqualTo(liWei);
            assertThat(me.department()).isEqualTo(operations);
        }

        @Test
        void a_language_change_is_remembered_for_the_next_sign_in() {
            service.changeLanguage(Language.EN);

            assertThat(org.storedAccount("li.wei").language()).isEqualTo(Language.EN);
            assertThat(service.me().account().language()).isEqualTo(Language.EN);
            var entry = org.onlyAuditEntry();
            assertEntry(entry, UPDATE, "li.wei", "UserAccount", account.id());
            assertThat(entry.changes()).containsExactly(new FieldChange("language", "ZH_CN", "EN"));
        }

        @Test
        void choosing_the_language_already_chosen_writes_nothing() {
            var before = org.state();

            service.changeLanguage(Language.ZH_CN);

            assertThat(org.state()).isEqualTo(before);
        }

        @Test
        void a_password_change_needs_the_current_password() {
            service.changePassword(PASSWORD, "brand-new-pass-1");

            var stored = org.storedAccount("li.wei");
            assertThat(org.hasher.matches("brand-new-pass-1", stored.passwordHash())).isTrue();
            assertThat(org.hasher.matches(PASSWORD, stored.passwordHash())).isFalse();
            var entry = org.onlyAuditEntry();
            assertEntry(entry, PASSWORD_RESET, "li.wei", "UserAccount", account.id());
            assertThat(entry.changes()).isEmpty();
        }

        @Test
        void a_wrong_current_password_is_refused_and_nothing_changes() {
            var before = org.state();

            assertRejected(() -> service.changePassword("not-my-password-1", "brand-new-pass-1"),
                    "currentPassword", "validation.password.wrong");

            assertThat(org.state()).isEqualTo(before);
        }

        @Test
        void a_new_password_must_follow_the_policy() {
            var before = org.state();

            assertRejected(() -> service.changePassword(PASSWORD, "short-1"), "password",
                    "validation.password.too-short");
            assertRejected(() -> service.changePassword(PASSWORD, "lettersonlypassword"), "password",
                    "validation.password.mix");

            assertThat(org.state()).isEqualTo(before);
        }

        @Test
        void a_user_turns_their_mail_notifications_off_and_on_and_each_change_is_audited() {
            assertThat(service.me().account().mailNotifications()).as("on unless turned off").isTrue();

            service.changeMailNotifications(false, account.version());

            var off = org.storedAccount("li.wei");
            assertThat(off.mailNotifications()).isFalse();
            assertThat(off.version()).isEqualTo(account.version() + 1);
            var entry = org.onlyAuditEntry();
            assertEntry(entry, UPDATE, "li.wei", "UserAccount", account.id());
            assertThat(entry.changes()).containsExactly(new FieldChange("mailNotifications", "", "false"));

            service.changeMailNotifications(true, off.version());
            assertThat(org.storedAccount("li.wei").mailNotifications()).isTrue();
        }

        @Test
        void a_mail_choice_made_on_an_outdated_account_is_refused_and_changes_nothing() {
            service.changeLanguage(Language.EN);
            var before = org.state();

            assertThatThrownBy(() -> service.changeMailNotifications(false, account.version()))
                    .isInstanceOf(ConcurrentModification.class);

            assertThat(org.state()).isEqualTo(before);
        }

        @Test
        void choosing_the_mail_setting_already_chosen_writes_nothing() {
            var before = org.state();

            service.changeMailNotifications(true, account.version());

            assertThat(org.state()).isEqualTo(before);
        }

        @Test
        void only_a_signed_in_holder_changes_their_own_mail_setting() {
            var before = org.state();

            org.actAs(Actor.ANONYMOUS);
            assertThatThrownBy(() -> service.changeMailNotifications(false, account.version()))
                    .isInstanceOf(AccessDenied.class);
            org.actAs("wang.fang", Role.OPS_DIRECTOR, Role.ADMIN);
            assertThatThrownBy(() -> service.changeMailNotifications(false, account.version()))
                    .as("an administrator without an account of their own changes no one's")
                    .isInstanceOf(AccessDenied.class);

            assertThat(org.state()).isEqualTo(before);
        }

        @Test
        void nobody_signed_in_has_no_account_to_change() {
            org.actAs(Actor.ANONYMOUS);
            var before = org.state();

            assertThatThrownBy(service::me).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service.changeLanguage(Language.EN)).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service.changePassword(PASSWORD, "brand-new-pass-1"))
                    .isInstanceOf(AccessDenied.class);

            assertThat(org.state()).isEqualTo(before);
        }

        @Test
        void a_signed_in_user_without_an_account_has_no_account_to_change() {
            org.actAs("wang.fang", Role.OPS_DIRECTOR);
            var before = org.state();

            assertThatThrownBy(service::me).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> service.changeLanguage(Language.EN)).isInstanceOf(AccessDenied.class);

            assertThat(org.state()).isEqualTo(before);
        }
    }
}
