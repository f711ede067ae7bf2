package dev.opscharter.adapters.ui.shared;

import dev.opscharter.adapters.ui.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.organization.port.in.ManageDepartments;
import dev.opscharter.application.organization.port.in.ManageDepartments.DepartmentDraft;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.in.ManageSettings;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
    @Autowired
    Directory directory;
    @Autowired
    AuditLog auditLog;

    private final String code = "QA_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toUpperCase(Locale.ROOT);

    @Test
    void the_auditor_opens_the_trail_and_finds_the_administrators_change_by_record_type_and_person() {
        var department = asAdmin(() -> manageDepartments.create(new DepartmentDraft(code, "审计测试部", "Audit test",
                DepartmentKind.FUNCTIONAL)));
        var adminName = directory.displayNames().get("admin");
        UI.getCurrent().navigate("admin/audit");
        assertThat(getCurrentView()).isInstanceOf(AuditTrailView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);

        test(entityType()).selectItem("部门");
        test(person()).selectItem(adminName);
        // the record is found by its label (the department code) as well as by its id
        test(textField("audit-entity-id")).setValue(code.toLowerCase(Locale.ROOT));

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rowTexts(grid(), 0).subList(1, 3)).as("the person's name, not the account")
                .containsExactly(adminName, "部门");
        assertThat(rowTexts(grid(), 0).get(4)).isEqualTo("新建");
        assertThat(test(grid()).getRow(0).entityId()).isEqualTo(department.toString());
        assertThat(test(grid()).getRow(0).entityLabel()).isEqualTo(code);
        assertThat(rowTexts(grid(), 0).get(5)).contains("编码：— → " + code, "中文名称：— → 审计测试部", "在用：— → 是",
                "类型：— → 职能部门");
        assertThat(test(grid()).getRow(0).actor()).isEqualTo("admin");

        test(person()).selectItem(directory.displayNames().get("auditor"));
        assertThat(test(grid()).size()).as("the auditor changed nothing").isZero();
    }

    @Test
    void the_context_the_person_and_the_record_reach_the_query_and_codes_ids_and_dates_are_shown_in_words() {
        var department = asAdmin(() -> manageDepartments.create(new DepartmentDraft(code, "审计测试部", "Audit test",
                DepartmentKind.FUNCTIONAL)));
        var hired = asAdmin(() -> managePeople.hire(new PersonDraft("审计 " + code, code.toLowerCase(Locale.ROOT)
                + "@example.com", department, Set.of(Role.OPS_MANAGER, Role.AUDITOR), false,
                LocalDate.of(2025, 1, 6))));
        UI.getCurrent().navigate("admin/audit");

        test(textField("audit-entity-id")).setValue(hired.toString());
        assertThat(test(grid()).size()).as("an id finds exactly its record").isEqualTo(1);
        assertThat(rowTexts(grid(), 0).get(2)).isEqualTo("人员");
        assertThat(rowTexts(grid(), 0).get(5)).contains("部门：— → 审计测试部", "角色：— → 内审、运营经理",
                        "入职日期：— → " + Formats.date(LocalDate.of(2025, 1, 6)))
                .doesNotContain(department.toString(), "OPS_MANAGER", "2025-01-06");

        test(context()).selectItem("合规");
        assertThat(test(grid()).size()).as("a person is no compliance record").isZero();
        test(context()).selectItem("组织");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(entityType()).getSuggestions()).contains("部门", "人员").doesNotContain("工作事项");
    }

    @Test
    void what_the_schedule_did_is_shown_as_scheduled_with_its_values_translated() {
        var check = UUID.randomUUID().toString();
        auditLog.record(new AuditEntry(UUID.randomUUID(), Instant.now(), "scheduled", "ComplianceCheck", check,
                "2026-Q1", AuditAction.UPDATE, List.of(new FieldChange("state", "RUNNING", "FAILED"),
                        new FieldChange("closed", "false", "true"))));
        UI.getCurrent().navigate("admin/audit");

        test(person()).selectItem("按计划");
        test(textField("audit-entity-id")).setValue(check);

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rowTexts(grid(), 0).subList(1, 3)).containsExactly("按计划", "合规检查");
        assertThat(rowTexts(grid(), 0).get(5)).contains("状态：执行中 → 失败", "已关闭：否 → 是");
    }

    @Test
    void the_teams_and_the_collaborations_records_are_read_by_their_own_areas() {
        var plan = UUID.randomUUID().toString();
        var meeting = UUID.randomUUID().toString();
        auditLog.record(new AuditEntry(UUID.randomUUID(), Instant.now(), "admin", "TrainingPlan", plan, "2026",
                AuditAction.CREATE, List.of()));
        auditLog.record(new AuditEntry(UUID.randomUUID(), Instant.now(), "admin", "Meeting", meeting, "2026-05-06",
                AuditAction.CREATE, List.of()));
        UI.getCurrent().navigate("admin/audit");

        test(context()).selectItem("团队");
        assertThat(test(entityType()).getSuggestions()).contains("培训计划", "考核结果").doesNotContain("协同会议");
        test(textField("audit-entity-id")).setValue(plan);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rowTexts(grid(), 0).get(2)).isEqualTo("培训计划");
        test(textField("audit-entity-id")).setValue(meeting);
        assertThat(test(grid()).size()).as("a meeting is no team record").isZero();

        test(context()).selectItem("跨部门协同");
        assertThat(test(entityType()).getSuggestions()).contains("例会", "协同会议", "跨部门项目", "冲突", "冲突解决预案");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rowTexts(grid(), 0).get(2)).isEqualTo("协同会议");
    }

    @Test
    void a_records_history_opens_from_its_address() {
        var department = asAdmin(() -> manageDepartments.create(new DepartmentDraft(code, "审计测试部", "Audit test",
                DepartmentKind.FUNCTIONAL)));

        AuditTrailView.showHistory(UI.getCurrent(), "Department", department);

        assertThat(test(context()).getSelected()).isEqualTo(AuditContext.ORGANIZATION);
        assertThat(test(entityType()).getSelected()).isEqualTo("Department");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).entityLabel()).isEqualTo(code);
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
    private <T> T asAdmin(Supplier<T> change) {
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

    @SuppressWarnings("unchecked")
    private ComboBox<AuditTrailView.Who> person() {
        return $(ComboBox.class).id("audit-person");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<AuditContext> context() {
        return $(ComboBox.class).id("audit-context");
    }
}
