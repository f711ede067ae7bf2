package dev.opscharter.adapters.ui.charter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * What the charter view tests share: work items registered through the use cases as a given demo
 * user, department leads made for a test, signing in as someone else mid-test, and reading the
 * work-item grids the way a user does (by title, since other tests add items to the same register).
 */
abstract class CharterViewTest extends ViewTest {

    @Autowired
    ManageWorkItems manage;
    @Autowired
    WorkItemQueries workItems;
    @Autowired
    CharterQueries charter;
    @Autowired
    DepartmentQueries departments;
    @Autowired
    ManagePeople people;
    @Autowired
    ManageUserAccounts accounts;
    @Autowired
    UserDetailsService users;

    /** In every title of this test, so its items can be told from everyone else's. */
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void the_user_reads_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /** Registers a work item as {@code username}, through the use case. */
    WorkItem registered(String username, String dutyType, String title) {
        return as(username, () -> {
            var id = manage.register(new WorkItemDraft(WorkItemKind.TASK, title + " " + suffix, "", dutyType,
                    Optional.of(LocalDate.now().plusDays(14))));
            return workItems.get(id);
        });
    }

    void requestSignOff(String username, WorkItemId id) {
        as(username, () -> {
            manage.requestSignOff(id, workItems.get(id).version());
            return null;
        });
    }

    WorkItem reload(WorkItemId id) {
        return SystemTasks.asSystem(() -> workItems.get(id));
    }

    /** Runs use cases as another user, as if in another session; the signed-in user stays. */
    <T> T as(String username, Supplier<T> work) {
        return new SignedIn(users).as(username, work);
    }

    /** From now on in this test, {@code username} is the signed-in user (the next navigation shows it). */
    void signInAs(String username) {
        new SignedIn(users).switchTo(username);
    }

    /** A new department lead with an account, in the department with this code; returns the user name. */
    String leadOf(String departmentCode) {
        var username = "lead." + departmentCode.toLowerCase(Locale.ROOT).replace('_', '-') + "." + suffix;
        SystemTasks.asSystem(() -> {
            var department = department(departmentCode);
            var person = people.hire(new PersonDraft("负责人 " + suffix, username + "@example.com", department.id(),
                    EnumSet.of(Role.DEPARTMENT_LEAD), false, LocalDate.of(2022, 5, 1)));
            accounts.open(person, username, "right-password-1", Language.ZH_CN);
        });
        return username;
    }

    Department department(String code) {
        return SystemTasks.asSystem(() -> departments.all().stream()
                .filter(d -> d.code().value().equals(code)).findFirst().orElseThrow());
    }

    /** The row showing the item with this title, or -1. */
    int rowOf(Grid<WorkItem> grid, String title) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).filter(i -> tester.getRow(i).title().equals(title))
                .findFirst().orElse(-1);
    }

    String cell(Grid<WorkItem> grid, int row, String columnKey) {
        return test(grid).getCellText(row, test(grid).getColumnPosition(columnKey));
    }

    @SuppressWarnings("unchecked")
    Grid<WorkItem> workItemGrid(String id) {
        return $(Grid.class).id(id);
    }

}
