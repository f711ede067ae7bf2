package dev.opscharter.adapters.ui.shared;

import dev.opscharter.adapters.ui.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManageDepartments;
import dev.opscharter.application.organization.port.in.ManageDepartments.DepartmentDraft;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The auditor reads the audit trail (in Chinese, the auditor's account language) from the real
 * database. The change to look for is made in the test by the administrator, through the use case.
 */
@OpsCharterSpringTest
@WithUserDetails("auditor")
class AuditTrailViewIT extends ViewTest {

    @Autowired
    ManageDepartments manageDepartments;
    @Autowired
    DepartmentQueries departments;
    @Autowired
    ManagePeople managePeople;
    @Autowired
    ManageUserAccounts manageAccounts;
    @Autowired
    ManageSettings settings;
    @Autowired
    UserDetailsService users;

    private final String code = "QA_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toUpperCase(Locale.ROOT);

    @Test
    void the_auditor_opens_the_trail_and_finds_the_administrators_change_by_record_type_and_user() {
        var department = asAdmin(() -> manageDepartments.create(new DepartmentDraft(code, "审计测试部", "Audit test",
                DepartmentKind.FUNCTIONAL)));
        UI.getCurrent().navigate("admin/audit");
        assertThat(getCurrentView()).isInstanceOf(AuditTrailView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);

        test(entityType()).selectItem("部门");
        test(textField("audit-actor")).setValue("admin");
        // the record is found by its label (the department code) as well as by its id
        test(textField("audit-entity-id")).setValue(code.toLowerCase(Locale.ROOT));

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rowTexts(grid(), 0).subList(1, 3)).containsExactly("admin", "部门");
        assertThat(rowTexts(grid(), 0).get(4)).isEqualTo("新建");
        assertThat(test(grid()).getRow(0).entityId()).isEqualTo(department.toString());
        assertThat(test(grid()).getRow(0).entityLabel()).isEqualTo(code);
        assertThat(rowTexts(grid(), 0).get(5)).contains("编码：— → " + code, "中文名称：— → 审计测试部", "在用：— → true");
        assertThat(test(grid()).getRow(0).actor()).isEqualTo("admin");

        test(textField("audit-actor")).setValue("auditor");
        assertThat(test(grid()).size()).as("the auditor changed nothing").isZero();
    }

    @Test
    void a_day_range_that_ends_before_the_change_leaves_it_out() {
        var department = asAdmin(() -> manageDepartments.create(new DepartmentDraft(code, "审计测试部", "Audit test",
                DepartmentKind.FUNCTIONAL)));
        var today = LocalDate.now(settings.current().timeZone());
        UI.getCurrent().navigate("admin/audit");
        test(textField("audit-entity-id")).setValue(department.toString());
        assertThat(test(grid()).size()).isEqualTo(1);

        test(datePicker("audit-to")).setValue(today.minusDays(1));
        assertThat(test(grid()).size()).isZero();

        test(datePicker("audit-to")).setValue(today);
        assertThat(test(grid()).size()).as("the last day counts in full").isEqualTo(1);

        test(datePicker("audit-from")).setValue(today.plusDays(1));
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void the_auditor_sees_no_buttons_and_every_change_is_refused_by_the_server() {
        UI.getCurrent().navigate("admin/audit");
        assertThat($view(Button.class).exists()).isFalse();

        var anyDepartment = departments.all().getFirst().id();
        var current = settings.current();
        assertThatThrownBy(() -> manageDepartments.create(new DepartmentDraft(code, "越权部", "Not allowed",
                DepartmentKind.FUNCTIONAL))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> manageDepartments.deactivate(DepartmentId.random(), 1)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> managePeople.hire(new PersonDraft("越权 " + code, "nope@example.com", anyDepartment,
                Set.of(), false, LocalDate.of(2025, 1, 6)))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> manageAccounts.open(PersonId.random(), "qa.nope", "long-enough-1", Language.EN))
                .isInstanceOf(AccessDenied.class);
        // the same values: should the check ever fail, the other tests still see the organization unchanged
        assertThatThrownBy(() -> settings.change(current.organizationName(), current.timeZone(), current.version()))
                .isInstanceOf(AccessDenied.class);

        assertThat(departments.all()).noneMatch(d -> d.code().value().equals(code));
        assertThat(settings.current()).isEqualTo(current);
    }

    /** Runs a change as the administrator, as if made in another session; the auditor stays signed in. */
    private DepartmentId asAdmin(Supplier<DepartmentId> change) {
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var auditor = holder.getContext();
        var admin = users.loadUserByUsername("admin");
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
                admin.getAuthorities()));
        holder.setContext(context);
        try {
            return change.get();
        } finally {
            holder.setContext(auditor);
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return $(Grid.class).id("audit-grid");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> entityType() {
        return $(ComboBox.class).id("audit-entity-type");
    }
}
