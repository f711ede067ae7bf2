package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.ViewTest;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManageDepartments;
import dev.opscharter.application.organization.port.in.ManageDepartments.DepartmentDraft;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.in.SignIn;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.application.organization.port.in.UserAccountQueries.AccountEntry;
import dev.opscharter.application.organization.port.out.PasswordHasher;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator opens and looks after accounts, through the real use cases on PostgreSQL.
 * Every account here belongs to a person hired by the test; demo accounts are never touched
 * (the lock-out is provoked on the test's own account).
 */
@OpsCharterSpringTest
@WithUserDetails("admin")
class UserAccountsViewIT extends ViewTest {

    private static final String PASSWORD = "long-enough-1";

    @Autowired
    ManageUserAccounts manage;
    @Autowired
    UserAccountQueries accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    ManagePeople managePeople;
    @Autowired
    PeopleQueries people;
    @Autowired
    ManageDepartments manageDepartments;
    @Autowired
    DepartmentQueries departments;

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String username = "qa.user." + suffix;

    @Test
    void an_account_is_opened_for_a_person_with_a_confirmed_password_and_the_chosen_language() {
        var person = aPerson();
        navigate(UserAccountsView.class);

        click("account-open");
        var dialog = $(Dialog.class).id("account-dialog");
        test(personChoice()).selectItem(person.name() + " (" + person.email().value() + ")");
        test(textField("account-username")).setValue(username);
        test(passwordField("account-password")).setValue(PASSWORD);
        test(passwordField("account-password-confirm")).setValue(PASSWORD);
        test(languageChoice()).selectItem("Chinese (Simplified)");
        click("account-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Account opened");
        int row = rowOf(username);
        assertThat(IntStream.range(0, 4).mapToObj(c -> test(grid()).getCellText(row, c)))
                .containsExactly(username, person.name(), departments.get(person.departmentId()).name().english(),
                        "Chinese (Simplified)");
        assertThat(badges(row)).containsExactly("Enabled");

        var stored = storedAccount();
        assertThat(stored.personId()).isEqualTo(person.id());
        assertThat(stored.language()).isEqualTo(Language.ZH_CN);
        assertThat(stored.enabled()).isTrue();
        assertThat(hasher.matches(PASSWORD, stored.passwordHash())).isTrue();
        assertThat(signIn.credentials(username)).hasValueSatisfying(c -> assertThat(c.usable()).isTrue());
    }

    @Test
    void a_mistyped_confirmation_and_a_too_short_password_are_shown_on_their_fields_in_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        var person = aPerson();
        navigate(UserAccountsView.class);

        click("account-open");
        test(personChoice()).selectItem(person.name() + "（" + person.email().value() + "）");
        test(textField("account-username")).setValue(username);
        test(passwordField("account-password")).setValue(PASSWORD);
        test(passwordField("account-password-confirm")).setValue("long-enough-2");
        click("account-save");

        assertThat(passwordField("account-password-confirm").isInvalid()).isTrue();
        assertThat(passwordField("account-password-confirm").getErrorMessage()).isEqualTo("两次输入的密码不一致");
        assertThat(passwordField("account-password").isInvalid()).isFalse();

        test(passwordField("account-password")).setValue("short-1");
        test(passwordField("account-password-confirm")).setValue("short-1");
        click("account-save");

        assertThat(passwordField("account-password").isInvalid()).isTrue();
        assertThat(passwordField("account-password").getErrorMessage()).isEqualTo("至少 10 个字符");
        assertThat(passwordField("account-password-confirm").isInvalid()).isFalse();
        assertThat($(Dialog.class).id("account-dialog").isOpened()).isTrue();
        assertThat(accounts.all()).noneMatch(e -> e.person().id().equals(person.id()));
    }

    @Test
    void the_administrator_resets_a_password_which_then_replaces_the_old_one() {
        anAccount();
        navigate(UserAccountsView.class);
        test(grid()).select(rowOf(username));

        click("account-reset-password");
        var dialog = $(Dialog.class).id("account-reset-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("New password for " + username);
        test(passwordField("account-new-password")).setValue("another-pass-2");
        test(passwordField("account-new-password-confirm")).setValue("another-pass-2");
        click("account-reset-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Password reset");
        var hash = storedAccount().passwordHash();
        assertThat(hasher.matches("another-pass-2", hash)).isTrue();
        assertThat(hasher.matches(PASSWORD, hash)).isFalse();
    }

    @Test
    void an_account_is_disabled_so_it_cannot_sign_in_and_enabled_again() {
        anAccount();
        navigate(UserAccountsView.class);
        test(grid()).select(rowOf(username));
        assertThat(button("account-enable").isEnabled()).isFalse();

        click("account-disable");

        assertThat(notifications()).contains("Account disabled");
        assertThat(badges(rowOf(username))).containsExactly("Disabled");
        assertThat(storedAccount().enabled()).isFalse();
        assertThat(signIn.credentials(username)).hasValueSatisfying(c -> assertThat(c.usable()).isFalse());
        assertThat(button("account-disable").isEnabled()).isFalse();
        assertThat(button("account-enable").isEnabled()).isTrue();

        click("account-enable");

        assertThat(notifications()).contains("Account enabled");
        assertThat(badges(rowOf(username))).containsExactly("Enabled");
        assertThat(storedAccount().enabled()).isTrue();
        assertThat(signIn.credentials(username)).hasValueSatisfying(c -> assertThat(c.usable()).isTrue());
    }

    @Test
    void an_account_locked_after_five_failed_sign_ins_is_unlocked_by_the_administrator() {
        anAccount();
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn.failed(username);
        }
        assertThat(signIn.credentials(username)).hasValueSatisfying(c -> assertThat(c.locked()).isTrue());
        navigate(UserAccountsView.class);
        assertThat(badges(rowOf(username))).containsExactly("Enabled", "Locked");
        test(grid()).select(rowOf(username));
        assertThat(button("account-unlock").isEnabled()).isTrue();

        click("account-unlock");

        assertThat(notifications()).contains("Account unlocked");
        assertThat(badges(rowOf(username))).containsExactly("Enabled");
        assertThat(button("account-unlock").isEnabled()).isFalse();
        assertThat(signIn.credentials(username)).hasValueSatisfying(c -> assertThat(c.locked()).isFalse());
        assertThat(entry().locked()).isFalse();
        assertThat(storedAccount().failedSignIns()).isZero();
    }

    private Person aPerson() {
        var code = "QA_" + suffix.toUpperCase(Locale.ROOT);
        Department department = departments.get(manageDepartments.create(new DepartmentDraft(code, "测试部 " + suffix,
                "Test " + suffix, DepartmentKind.FUNCTIONAL)));
        PersonId id = managePeople.hire(new PersonDraft("Account Holder " + suffix, "holder." + suffix + "@example.com",
                department.id(), Set.of(), false, LocalDate.of(2023, 2, 1)));
        return people.get(id);
    }

    private void anAccount() {
        manage.open(aPerson().id(), username, PASSWORD, Language.EN);
    }

    private AccountEntry entry() {
        return accounts.all().stream().filter(e -> e.account().username().value().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("no account " + username));
    }

    private UserAccount storedAccount() {
        return entry().account();
    }

    private int rowOf(String name) {
        var grid = test(grid());
        return IntStream.range(0, grid.size())
                .filter(row -> grid.getRow(row).account().username().value().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + name));
    }

    /** The status cell: one badge for enabled or disabled, another one while locked. */
    private List<String> badges(int row) {
        return test(grid()).getCellComponent(row, 4).getChildren()
                .map(badge -> ((HasText) badge).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountEntry> grid() {
        return $(Grid.class).id("accounts-grid");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Person> personChoice() {
        return $(ComboBox.class).id("account-person");
    }

    @SuppressWarnings("unchecked")
    private Select<Language> languageChoice() {
        return $(Select.class).id("account-language");
    }
}
