package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManageDepartments;
import dev.opscharter.application.organization.port.in.ManageDepartments.DepartmentDraft;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.Employment;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The people of the company through the real use cases on PostgreSQL, in Chinese. Each test hires
 * its own people into a department of its own (a unique name to search for); demo people are only read.
 */
@OpsCharterSpringTest
@WithUserDetails("admin")
class PeopleViewIT extends ViewTest {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.SIMPLIFIED_CHINESE);

    @Autowired
    ManagePeople manage;
    @Autowired
    PeopleQueries people;
    @Autowired
    ManageDepartments manageDepartments;
    @Autowired
    DepartmentQueries departments;
    @Autowired
    ManageUserAccounts manageAccounts;
    @Autowired
    UserAccountQueries accounts;
    @Autowired
    ManageSettings settings;

    /** In every name and e-mail of this test, so the search shows only this test's people. */
    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeEach
    void the_user_reads_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void an_administrator_hires_a_person_with_roles_and_core_staff_status_who_then_appears_in_the_grid() {
        var department = aDepartment();
        navigate(PeopleView.class);

        click("person-new");
        var dialog = $(Dialog.class).id("person-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("新增人员");
        test(textField("person-name")).setValue("韩梅梅 " + suffix);
        test($(EmailField.class).id("person-email")).setValue("Han." + suffix + "@Example.com");
        test(departmentChoice()).selectItem(department.name().chinese());
        test(datePicker("person-joined-on")).setValue(LocalDate.of(2024, 3, 1));
        test(roles()).selectItems("部门负责人", "运营专员");
        test($(Checkbox.class).id("person-core-staff")).click();
        click("person-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("已保存");
        search(suffix);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rowTexts(grid(), 0)).containsExactly("韩梅梅 " + suffix, "han." + suffix + "@example.com",
                department.name().chinese(), "运营专员、部门负责人", "是", "2024年3月1日", "在用");

        assertThat(hiredHere()).singleElement().satisfies(person -> {
            assertThat(person.departmentId()).isEqualTo(department.id());
            assertThat(person.roles()).containsExactlyInAnyOrder(Role.OPS_SPECIALIST, Role.DEPARTMENT_LEAD);
            assertThat(person.coreStaff()).isTrue();
            assertThat(person.joinedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(person.isActive()).isTrue();
        });
    }

    @Test
    void an_email_address_without_a_domain_is_shown_on_the_email_field_and_nobody_is_hired() {
        var department = aDepartment();
        navigate(PeopleView.class);

        click("person-new");
        test(textField("person-name")).setValue("李雷 " + suffix);
        test($(EmailField.class).id("person-email")).setValue("li.lei." + suffix);
        test(departmentChoice()).selectItem(department.name().chinese());
        click("person-save");

        var email = $(EmailField.class).id("person-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("电子邮箱格式不正确");
        assertThat(textField("person-name").isInvalid()).isFalse();
        assertThat($(Dialog.class).id("person-dialog").isOpened()).isTrue();
        assertThat(hiredHere()).isEmpty();
    }

    @Test
    void recording_a_departure_shows_the_person_as_left_and_disables_their_account() {
        var person = aPersonWithAnAccount();
        var today = LocalDate.now(settings.current().timeZone());
        navigate(PeopleView.class);
        search(suffix);
        test(grid()).select(0);

        click("person-record-departure");
        var dialog = $(Dialog.class).id("person-departure-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("登记 " + person.name() + " 的离职");
        assertThat(datePicker("person-left-on").getValue()).isEqualTo(today);
        click("person-departure-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("已登记离职，其账号（如有）已停用");
        assertThat(test(grid()).size()).as("people who left are hidden by default").isZero();
        test($(Checkbox.class).id("people-include-leavers")).click();
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rowTexts(grid(), 0)).last().isEqualTo("已于 " + CHINESE_DATE.format(today) + " 离职");
        assertThat(button("person-record-departure").isEnabled()).isFalse();

        assertThat(people.get(person.id()).employment()).isEqualTo(new Employment.Left(today));
        assertThat(accounts.all()).filteredOn(e -> e.person().id().equals(person.id())).singleElement()
                .satisfies(entry -> assertThat(entry.account().enabled()).isFalse());
    }

    @Test
    void a_departure_in_the_future_is_refused_on_the_date_field_and_the_person_stays() {
        var person = aPersonWithAnAccount();
        var tomorrow = LocalDate.now(settings.current().timeZone()).plusDays(1);
        navigate(PeopleView.class);
        search(suffix);
        test(grid()).select(0);

        click("person-record-departure");
        test(datePicker("person-left-on")).setValue(tomorrow);
        click("person-departure-save");

        var leftOn = datePicker("person-left-on");
        assertThat(leftOn.isInvalid()).isTrue();
        assertThat(leftOn.getErrorMessage()).isEqualTo("离职只能在当天或之后登记");
        assertThat($(Dialog.class).id("person-departure-dialog").isOpened()).isTrue();
        assertThat(people.get(person.id()).isActive()).isTrue();
        assertThat(accounts.all()).filteredOn(e -> e.person().id().equals(person.id())).singleElement()
                .satisfies(entry -> assertThat(entry.account().enabled()).isTrue());
    }

    @Test
    @WithUserDetails("manager")
    void the_manager_sees_the_people_without_the_buttons_to_change_them_and_the_server_refuses_a_hire() {
        var view = navigate(PeopleView.class);

        assertThat(view.getPageTitle()).isEqualTo("人员");
        assertThat(test(grid()).size()).isPositive();
        for (var id : List.of("person-new", "person-edit", "person-record-departure", "person-rehire")) {
            assertThat($(Button.class).withId(id).exists()).as(id).isFalse();
        }
        test(grid()).doubleClickRow(0);
        assertThat($(Dialog.class).exists()).as("a double click opens no editor").isFalse();

        var anyDepartment = departments.all().getFirst().id();
        assertThatThrownBy(() -> manage.hire(new PersonDraft("越权 " + suffix, "nope." + suffix + "@example.com",
                anyDepartment, Set.of(), false, LocalDate.of(2025, 1, 6))))
                .isInstanceOf(AccessDenied.class);
        assertThat(people.list(new PeopleFilter(Optional.of(suffix), Optional.empty(), true))).isEmpty();
    }

    private Department aDepartment() {
        var code = "QA_" + suffix.toUpperCase(Locale.ROOT);
        return departments.get(manageDepartments.create(new DepartmentDraft(code, "测试部 " + suffix,
                "Test " + suffix, DepartmentKind.FUNCTIONAL)));
    }

    private Person aPersonWithAnAccount() {
        PersonId id = manage.hire(new PersonDraft("王小明 " + suffix, "wang." + suffix + "@example.com",
                aDepartment().id(), EnumSet.of(Role.OPS_SPECIALIST), false, LocalDate.of(2021, 9, 1)));
        manageAccounts.open(id, "qa.leaver." + suffix, "long-enough-1", Language.ZH_CN);
        return people.get(id);
    }

    private List<Person> hiredHere() {
        return people.list(new PeopleFilter(Optional.of(suffix), Optional.empty(), true));
    }

    private void search(String text) {
        test(textField("people-search")).setValue(text);
    }

    @SuppressWarnings("unchecked")
    private Grid<Person> grid() {
        return $(Grid.class).id("people-grid");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Department> departmentChoice() {
        return $(ComboBox.class).id("person-department");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Role> roles() {
        return $(CheckboxGroup.class).id("person-roles");
    }
}
