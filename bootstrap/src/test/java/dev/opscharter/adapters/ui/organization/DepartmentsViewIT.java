package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManageDepartments;
import dev.opscharter.application.organization.port.in.ManageDepartments.DepartmentDraft;
import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.port.in.AuditTrailQueries;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator keeps the departments through the real use cases on PostgreSQL. The admin's
 * account language is English, so the texts are English unless a test switches the UI to Chinese.
 * Every department is created here with a code of its own; demo departments are only read.
 */
@OpsCharterSpringTest
@WithUserDetails("admin")
class DepartmentsViewIT extends ViewTest {

    @Autowired
    ManageDepartments manage;
    @Autowired
    DepartmentQueries departments;
    @Autowired
    AuditTrailQueries auditTrail;

    @Test
    void an_administrator_creates_a_department_that_appears_in_the_grid_and_in_the_audit_trail() {
        var code = uniqueCode();
        navigate(DepartmentsView.class);

        click("department-new");
        var dialog = $(Dialog.class).id("department-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("New department");
        test(textField("department-code")).setValue(code);
        test(kind()).selectItem("Frontline business unit");
        test(textField("department-name-zh")).setValue("质量部 " + code);
        test(textField("department-name-en")).setValue("Quality " + code);
        click("department-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Saved");
        showOnly(code);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rowTexts(grid(), 0)).containsExactly(code, "质量部 " + code, "Quality " + code, "Frontline business unit",
                "Active");

        var stored = stored(code).orElseThrow();
        assertThat(stored.kind()).isEqualTo(DepartmentKind.FRONTLINE);
        assertThat(stored.active()).isTrue();
        assertThat(stored.name().english()).isEqualTo("Quality " + code);
        assertThat(auditOf(stored.id())).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
            assertThat(entry.changes()).contains(new FieldChange("code", "", code),
                    new FieldChange("kind", "", "FRONTLINE"));
        });
    }

    @Test
    void a_code_that_breaks_the_rule_is_shown_on_the_code_field_in_chinese_and_nothing_is_stored() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        var nameEn = "Broken " + uniqueCode();
        navigate(DepartmentsView.class);

        click("department-new");
        var dialog = $(Dialog.class).id("department-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("新建部门");
        test(textField("department-code")).setValue("9" + uniqueCode());
        test(textField("department-name-zh")).setValue("无效部");
        test(textField("department-name-en")).setValue(nameEn);
        click("department-save");

        var code = textField("department-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("大写字母、数字和下划线，2 至 32 个字符，以字母开头");
        assertThat(textField("department-name-en").isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(departments.all()).noneMatch(d -> d.name().english().equals(nameEn));
    }

    @Test
    void a_code_already_in_use_is_refused_on_the_code_field_even_when_typed_in_lower_case() {
        var existing = aDepartment();
        var code = existing.code().value();
        var nameEn = "Duplicate of " + code;
        navigate(DepartmentsView.class);

        click("department-new");
        test(textField("department-code")).setValue(code.toLowerCase(Locale.ROOT));
        test(textField("department-name-zh")).setValue("重复部");
        test(textField("department-name-en")).setValue(nameEn);
        click("department-save");

        assertThat(textField("department-code").isInvalid()).isTrue();
        assertThat(textField("department-code").getErrorMessage())
                .isEqualTo("The code " + code + " is already in use");
        assertThat($(Dialog.class).id("department-dialog").isOpened()).isTrue();
        assertThat(departments.all()).filteredOn(d -> d.code().value().equals(code)).singleElement()
                .satisfies(d -> assertThat(d.name().english()).isEqualTo(existing.name().english()));
        assertThat(departments.all()).noneMatch(d -> d.name().english().equals(nameEn));
    }

    @Test
    void a_change_to_a_department_someone_else_changed_meanwhile_is_refused_and_overwrites_nothing() {
        var department = aDepartment();
        var code = department.code().value();
        navigate(DepartmentsView.class);
        showOnly(code);
        test(grid()).select(0);
        click("department-edit");
        var dialog = $(Dialog.class).id("department-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("Edit department");

        // another administrator renames it while the dialog is open
        var current = departments.get(department.id());
        manage.update(department.id(), new DepartmentDraft(code, current.name().chinese(), "Renamed elsewhere",
                current.kind()), current.version());

        test(textField("department-name-en")).setValue("Renamed here");
        click("department-save");

        assertThat(notifications()).contains("Someone else changed this record after you opened it. "
                + "Nothing was saved: reload it and apply your change again.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(departments.get(department.id()).name().english()).isEqualTo("Renamed elsewhere");

        // reloading shows the other change; the own change then goes through on the new version
        click("department-reload");
        assertThat(textField("department-name-en").getValue()).isEqualTo("Renamed elsewhere");
        test(textField("department-name-en")).setValue("Renamed here");
        click("department-save");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(departments.get(department.id()).name().english()).isEqualTo("Renamed here");
        assertThat(rowTexts(grid(), 0)).contains("Renamed here");
    }

    @Test
    void a_department_is_deactivated_and_reactivated_from_the_grid() {
        var department = aDepartment();
        navigate(DepartmentsView.class);
        showOnly(department.code().value());
        assertThat(button("department-deactivate").isEnabled()).isFalse();
        test(grid()).select(0);
        assertThat(button("department-reactivate").isEnabled()).isFalse();

        click("department-deactivate");

        assertThat(notifications()).contains("Department deactivated");
        assertThat(rowTexts(grid(), 0)).last().isEqualTo("Inactive");
        assertThat(departments.get(department.id()).active()).isFalse();
        assertThat(button("department-deactivate").isEnabled()).isFalse();
        assertThat(button("department-reactivate").isEnabled()).isTrue();

        click("department-reactivate");

        assertThat(notifications()).contains("Department reactivated");
        assertThat(rowTexts(grid(), 0)).last().isEqualTo("Active");
        assertThat(departments.get(department.id()).active()).isTrue();
        assertThat(auditOf(department.id())).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.DEACTIVATE, AuditAction.REACTIVATE);
    }

    private Department aDepartment() {
        var code = uniqueCode();
        var id = manage.create(new DepartmentDraft(code, "测试部 " + code, "Test " + code,
                DepartmentKind.FUNCTIONAL));
        return departments.get(id);
    }

    /** Upper case, starts with a letter, unique in the shared database. */
    private static String uniqueCode() {
        return "QA_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    private Optional<Department> stored(String code) {
        return departments.all().stream().filter(d -> d.code().value().equals(code)).findFirst();
    }

    private List<AuditEntry> auditOf(DepartmentId id) {
        return auditTrail.find(new AuditFilter(Optional.empty(), Optional.of("Department"), Optional.of(id.toString()),
                Optional.empty(), Optional.empty()), 0, 50);
    }

    private void showOnly(String code) {
        test(textField("department-filter")).setValue(code);
    }

    @SuppressWarnings("unchecked")
    private Grid<Department> grid() {
        return $(Grid.class).id("departments-grid");
    }

    @SuppressWarnings("unchecked")
    private Select<DepartmentKind> kind() {
        return $(Select.class).id("department-kind");
    }
}
