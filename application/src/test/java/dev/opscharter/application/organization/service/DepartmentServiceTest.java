package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.organization.port.in.ManageDepartments.DepartmentDraft;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.DEACTIVATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.REACTIVATE;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepartmentServiceTest {

    private final OrganizationFixture org = new OrganizationFixture();
    private final DepartmentService service = org.departmentService();

    static Stream<Actor> everyoneButAdmin() {
        return Actors.allBut(Role.ADMIN);
    }

    static Stream<Actor> everySignedInUser() {
        return Actors.everySignedInUser();
    }

    @Test
    void an_admin_creates_a_department_and_the_creation_is_audited_once() {
        var id = service.create(new DepartmentDraft(" finance ", "财务部", "Finance", DepartmentKind.FUNCTIONAL));

        var stored = org.departments.byId(id).orElseThrow();
        assertThat(stored.code()).isEqualTo(new DepartmentCode("FINANCE"));
        assertThat(stored.name()).isEqualTo(new BilingualName("财务部", "Finance"));
        assertThat(stored.kind()).isEqualTo(DepartmentKind.FUNCTIONAL);
        assertThat(stored.active()).isTrue();
        assertThat(stored.version()).isEqualTo(1);

        var entry = org.onlyAuditEntry();
        assertEntry(entry, CREATE, "admin", "Department", id);
        assertThat(entry.occurredAt()).isEqualTo(OrganizationFixture.NOW);
        assertThat(entry.changes()).containsExactly(
                new FieldChange("code", "", "FINANCE"),
                new FieldChange("nameZh", "", "财务部"),
                new FieldChange("nameEn", "", "Finance"),
                new FieldChange("kind", "", "FUNCTIONAL"),
                new FieldChange("active", "", "true"));
    }

    @Test
    void the_same_request_twice_creates_one_department_without_a_code_taken_refusal() {
        var request = RequestKey.fresh();
        var draft = new DepartmentDraft("LEGAL", "法务部", "Legal", DepartmentKind.FUNCTIONAL);
        int before = org.departments.all().size();

        var first = service.create(request, draft);

        assertThat(service.create(request, draft)).isEqualTo(first);
        assertThat(org.departments.all()).hasSize(before + 1);
    }

    @Test
    void the_system_seeds_departments_in_its_own_name() {
        org.actAs(Actor.SYSTEM);

        var id = service.create(new DepartmentDraft("OPS", "运营管理部", "Operations", DepartmentKind.OPERATIONS));

        assertEntry(org.onlyAuditEntry(), CREATE, "system", "Department", id);
    }

    @ParameterizedTest
    @MethodSource("everyoneButAdmin")
    void only_an_admin_may_create_a_department(Actor someone) {
        org.actAs(someone);
        var before = org.state();

        assertThatThrownBy(() -> service.create(new DepartmentDraft("FIN", "财务部", "Finance",
                DepartmentKind.FUNCTIONAL))).isInstanceOf(AccessDenied.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("everyoneButAdmin")
    void only_an_admin_may_edit_deactivate_or_reactivate_a_department(Actor someone) {
        var finance = org.department("FINANCE");
        var closed = org.inactiveDepartment("LEGACY");
        org.actAs(someone);
        var before = org.state();

        assertThatThrownBy(() -> service.update(finance.id(), draftOf(finance, "Treasury"), finance.version()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.deactivate(finance.id(), finance.version())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.reactivate(closed.id(), closed.version())).isInstanceOf(AccessDenied.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void a_code_already_taken_is_refused_whatever_its_case_and_nothing_is_stored() {
        org.department("FINANCE");
        var before = org.state();

        var refusal = assertRejected(() -> service.create(new DepartmentDraft("Finance", "财务二部", "Finance 2",
                DepartmentKind.FUNCTIONAL)), "code", "validation.department-code.taken");

        assertThat(refusal.arguments()).containsExactly("FINANCE");
        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void renaming_a_code_to_one_already_taken_is_refused_and_nothing_changes() {
        org.department("FINANCE");
        var hr = org.department("HR");
        var before = org.state();

        assertRejected(() -> service.update(hr.id(), new DepartmentDraft("finance", "人力资源部", "HR",
                DepartmentKind.FUNCTIONAL), hr.version()), "code", "validation.department-code.taken");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void an_edit_that_keeps_the_code_is_allowed_and_audits_only_what_changed() {
        var finance = org.department("FINANCE");

        service.update(finance.id(), draftOf(finance, "Finance & Treasury"), finance.version());

        var stored = org.stored(finance);
        assertThat(stored.name().english()).isEqualTo("Finance & Treasury");
        assertThat(stored.version()).isEqualTo(finance.version() + 1);
        var entry = org.onlyAuditEntry();
        assertEntry(entry, UPDATE, "admin", "Department", finance.id());
        assertThat(entry.changes()).containsExactly(new FieldChange("nameEn", "Finance", "Finance & Treasury"));
    }

    @Test
    void an_edit_of_a_stale_copy_is_refused_and_changes_nothing() {
        var finance = org.department("FINANCE");
        service.update(finance.id(), draftOf(finance, "Finance & Treasury"), finance.version());
        var before = org.state();

        assertThatThrownBy(() -> service.update(finance.id(), draftOf(finance, "Accounting"), finance.version()))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(org.state()).isEqualTo(before);
        assertThat(org.stored(finance).name().english()).isEqualTo("Finance & Treasury");
    }

    @Test
    void deactivating_and_reactivating_are_audited() {
        var finance = org.department("FINANCE");

        service.deactivate(finance.id(), finance.version());
        assertThat(org.stored(finance).active()).isFalse();
        var deactivation = org.onlyAuditEntry();
        assertEntry(deactivation, DEACTIVATE, "admin", "Department", finance.id());
        assertThat(deactivation.changes()).containsExactly(new FieldChange("active", "true", "false"));

        service.reactivate(finance.id(), org.stored(finance).version());
        assertThat(org.stored(finance).active()).isTrue();
        var reactivation = org.auditLog.entries().getLast();
        assertEntry(reactivation, REACTIVATE, "admin", "Department", finance.id());
        assertThat(reactivation.changes()).containsExactly(new FieldChange("active", "false", "true"));
    }

    @Test
    void a_stale_deactivation_or_reactivation_changes_nothing() {
        var finance = org.department("FINANCE");
        service.deactivate(finance.id(), finance.version());
        var before = org.state();

        assertThatThrownBy(() -> service.reactivate(finance.id(), finance.version()))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> service.deactivate(finance.id(), finance.version()))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void each_invalid_field_is_named_and_nothing_is_stored() {
        var before = org.state();

        assertRejected(() -> service.create(new DepartmentDraft("1ST", "一部", "First", DepartmentKind.FRONTLINE)),
                "code", "validation.department-code");
        assertRejected(() -> service.create(new DepartmentDraft(" ", "一部", "First", DepartmentKind.FRONTLINE)),
                "code", "validation.required");
        assertRejected(() -> service.create(new DepartmentDraft("BU1", "", "First", DepartmentKind.FRONTLINE)),
                "nameZh", "validation.required");
        assertRejected(() -> service.create(new DepartmentDraft("BU1", "一部", "x".repeat(121),
                DepartmentKind.FRONTLINE)), "nameEn", "validation.too-long");

        assertThat(org.state()).isEqualTo(before);
    }

    @Test
    void an_unknown_department_cannot_be_changed() {
        var unknown = DepartmentId.random();

        assertThatThrownBy(() -> service.update(unknown, new DepartmentDraft("X1", "某部", "Some",
                DepartmentKind.FUNCTIONAL), 1)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.deactivate(unknown, 1)).isInstanceOf(NotFound.class);
        assertThat(org.auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everySignedInUser")
    void every_signed_in_user_sees_all_departments_ordered_by_code(Actor someone) {
        var sales = org.department("SALES");
        var finance = org.department("FINANCE");
        var closed = org.inactiveDepartment("LEGACY");
        org.actAs(someone);

        assertThat(service.all()).extracting(Department::id).containsExactly(finance.id(), closed.id(), sales.id());
        assertThat(service.get(sales.id())).isEqualTo(sales);
    }

    @Test
    void nobody_signed_in_sees_no_department() {
        var sales = org.department("SALES");
        org.actAs(Actor.ANONYMOUS);

        assertThatThrownBy(service::all).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.get(sales.id())).isInstanceOf(AccessDenied.class);
    }

    @Test
    void an_unknown_department_is_not_found() {
        assertThatThrownBy(() -> service.get(DepartmentId.random())).isInstanceOf(NotFound.class);
    }

    @Test
    void reading_writes_nothing() {
        org.department("SALES");
        var before = org.state();

        service.all();

        assertThat(org.state()).isEqualTo(before);
    }

    private static DepartmentDraft draftOf(Department department, String englishName) {
        return new DepartmentDraft(department.code().value(), department.name().chinese(), englishName,
                department.kind());
    }
}
