package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.checkbox.Checkbox;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManageDepartments;
import dev.opscharter.application.organization.port.in.ManageDepartments.DepartmentDraft;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.in.SignIn;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.AccountStep;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.DepartmentStep;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.PersonStep;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organization screens offer exactly the steps the domain gives: for each state of a department,
 * a person and an account, and each role that may open the screen, the enabled step buttons of the
 * toolbar (the selected row) and of the record's dialog are the open steps of its {@code detail}.
 */
@OpsCharterSpringTest
class OrganizationStepsViewIT extends ViewTest {

    private static final Map<DepartmentStep, String> DEPARTMENT = Map.of(DepartmentStep.EDIT, "edit",
            DepartmentStep.DEACTIVATE, "deactivate", DepartmentStep.REACTIVATE, "reactivate");
    private static final Map<PersonStep, String> PERSON = Map.of(PersonStep.EDIT, "edit",
            PersonStep.RECORD_DEPARTURE, "record-departure", PersonStep.REHIRE, "rehire");
    private static final Map<AccountStep, String> ACCOUNT = Map.of(AccountStep.RESET_PASSWORD, "reset-password",
            AccountStep.DISABLE, "disable", AccountStep.ENABLE, "enable", AccountStep.UNLOCK, "unlock");

    @Autowired
    ManageDepartments manageDepartments;
    @Autowired
    DepartmentQueries departments;
    @Autowired
    ManagePeople managePeople;
    @Autowired
    PeopleQueries people;
    @Autowired
    ManageUserAccounts manageAccounts;
    @Autowired
    UserAccountQueries accounts;
    @Autowired
    SignIn signIn;

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String code = "QA_" + suffix.toUpperCase(Locale.ROOT);

    @Test
    @WithUserDetails("admin")
    void every_state_of_a_department_shows_the_administrator_exactly_its_steps() {
        var id = manageDepartments.create(new DepartmentDraft(code, "测试部 " + suffix, "Test " + suffix,
                DepartmentKind.FUNCTIONAL));
        departmentAgrees(id);
        var active = departments.get(id);
        manageDepartments.deactivate(id, active.version());
        departmentAgrees(id);
    }

    @Test
    @WithUserDetails("admin")
    void every_state_of_a_person_shows_the_administrator_exactly_their_steps() {
        var id = aPerson();
        personAgrees(id);
        managePeople.recordDeparture(id, LocalDate.of(2025, 1, 31), people.get(id).version());
        personAgrees(id);
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_reads_people_with_no_step_buttons_as_the_domain_gives_none() {
        assertReaderSeesNoSteps();
    }

    @Test
    @WithUserDetails("director")
    void the_director_reads_people_with_no_step_buttons_as_the_domain_gives_none() {
        assertReaderSeesNoSteps();
    }

    @Test
    @WithUserDetails("admin")
    void every_state_of_an_account_shows_the_administrator_exactly_its_steps() {
        var username = "qa.steps." + suffix;
        var id = manageAccounts.open(aPerson(), username, "long-enough-1", Language.EN);
        accountAgrees(id);
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn.failed(username);
        }
        accountAgrees(id);
        manageAccounts.disable(id, accounts.detail(id).record().account().version());
        accountAgrees(id);
    }

    private void departmentAgrees(DepartmentId id) {
        show(DepartmentsView.class);
        test(textField("department-filter")).setValue(code);
        assertScreenAgrees("departments-grid", "department", DEPARTMENT, () -> departments.detail(id));
    }

    private void personAgrees(PersonId id) {
        show(PeopleView.class);
        test(textField("people-search")).setValue(suffix);
        $(Checkbox.class).id("people-include-leavers").setValue(true);
        assertScreenAgrees("people-grid", "person", PERSON, () -> people.detail(id));
    }

    private void accountAgrees(UserAccountId id) {
        show(UserAccountsView.class);
        test(textField("account-filter")).setValue(suffix);
        assertScreenAgrees("accounts-grid", "account", ACCOUNT, () -> accounts.detail(id));
    }

    /** The screen as a user opening it now sees it: navigating to the one shown would keep its instance. */
    private void show(Class<? extends Component> view) {
        navigate(view);
        UI.getCurrent().refreshCurrentRoute(true);
    }

    private void assertReaderSeesNoSteps() {
        navigate(PeopleView.class);
        var grid = test(grid("people-grid"));
        grid.select(0);
        assertThat(people.detail(((Person) grid.getRow(0)).id()).steps())
                .isEmpty();
        for (var name : PERSON.values()) {
            assertThat($(Button.class).withId("person-" + name).exists()).as(name).isFalse();
        }
    }

    /** The one row the filter left: its toolbar buttons, then its dialog's, against the rule. */
    private <K extends Enum<K>> void assertScreenAgrees(String gridId, String prefix, Map<K, String> ids,
                                                        Supplier<WithSteps<?, K>> detail) {
        var expected = detail.get().steps().stream().filter(Step::isOpen).map(Step::kind).collect(Collectors.toSet());
        var grid = test(grid(gridId));
        assertThat(grid.size()).isEqualTo(1);
        assertThat(enabled(prefix, ids)).as("nothing selected, nothing offered").isEmpty();
        grid.select(0);
        assertThat(enabled(prefix, ids)).as("toolbar of the selected %s", prefix).isEqualTo(expected);

        grid.doubleClickRow(0);
        var dialog = $(Dialog.class).id(prefix + "-details");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(enabled(prefix + "-details", ids)).as("dialog of the %s", prefix).isEqualTo(expected);
        click(prefix + "-details-close");
        assertThat(dialog.isOpened()).isFalse();
    }

    private <K extends Enum<K>> Set<K> enabled(String prefix, Map<K, String> ids) {
        return ids.entrySet().stream()
                .filter(e -> $(Button.class).withId(prefix + "-" + e.getValue()).exists())
                .filter(e -> button(prefix + "-" + e.getValue()).isEnabled())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private PersonId aPerson() {
        var department = manageDepartments.create(new DepartmentDraft(code, "测试部 " + suffix, "Test " + suffix,
                DepartmentKind.FUNCTIONAL));
        return managePeople.hire(new PersonDraft("Steps " + suffix, "steps." + suffix + "@example.com", department,
                EnumSet.noneOf(Role.class), false, LocalDate.of(2023, 2, 1)));
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(String id) {
        return $(Grid.class).id(id);
    }
}
