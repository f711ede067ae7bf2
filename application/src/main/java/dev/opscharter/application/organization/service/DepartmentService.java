package dev.opscharter.application.organization.service;

import dev.opscharter.application.organization.DepartmentFilter;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManageDepartments;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentStep;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static dev.opscharter.domain.organization.OrganizationPermission.ADMINISTER;
import static dev.opscharter.domain.organization.OrganizationPermission.SIGNED_IN;

public final class DepartmentService implements ManageDepartments, DepartmentQueries {

    static final RecordType<DepartmentId, Department> TYPE = new RecordType<>("Department", Department::id,
            d -> d.code().value(), Department::snapshot, Department::version, DepartmentId::toString,
            text -> new DepartmentId(UUID.fromString(text)));

    private final Departments departments;
    private final UseCase uc;

    public DepartmentService(Departments departments, UseCase uc) {
        this.departments = departments;
        this.uc = uc;
    }

    @Override
    public DepartmentId create(RequestKey request, DepartmentDraft draft) {
        return uc.create(ADMINISTER, request, TYPE, departments, me -> withUniqueCode(
                Department.create(new DepartmentCode(draft.code()), name(draft), draft.kind())));
    }

    @Override
    public void update(DepartmentId id, DepartmentDraft draft, long version) {
        uc.change(ADMINISTER, TYPE, departments, id, version, AuditAction.UPDATE, (me, d) -> withUniqueCode(
                d.edit(new DepartmentCode(draft.code()), name(draft), draft.kind(), version)));
    }

    @Override
    public void deactivate(DepartmentId id, long version) {
        uc.change(ADMINISTER, TYPE, departments, id, version, AuditAction.DEACTIVATE, (me, d) -> d.deactivate(version));
    }

    @Override
    public void reactivate(DepartmentId id, long version) {
        uc.change(ADMINISTER, TYPE, departments, id, version, AuditAction.REACTIVATE, (me, d) -> d.reactivate(version));
    }

    @Override
    public List<Department> all() {
        return uc.read(SIGNED_IN, () -> departments.all().stream()
                .sorted(Comparator.comparing(d -> d.code().value())).toList());
    }

    @Override
    public Department get(DepartmentId id) {
        return uc.read(SIGNED_IN, () -> departments.byId(id).orElseThrow(() -> new NotFound(TYPE.entity(), id)));
    }

    @Override
    public WithSteps<Department, DepartmentStep> detail(DepartmentId id) {
        var department = get(id);
        return new WithSteps<>(department, department.allowedSteps(uc.actor()));
    }

    private static BilingualName name(DepartmentDraft draft) {
        return new BilingualName(draft.nameZh(), draft.nameEn());
    }

    private Department withUniqueCode(Department department) {
        departments.byCode(department.code())
                .filter(other -> !other.id().equals(department.id()))
                .ifPresent(other -> {
                    throw new InvalidValue("code", "validation.department-code.taken", department.code().value());
                });
        return department;
    }

    @Override
    public List<Department> page(DepartmentFilter filter, PageRequest page) {
        return uc.read(SIGNED_IN, () -> departments.page(filter, page));
    }

    @Override
    public long count(DepartmentFilter filter) {
        return uc.read(SIGNED_IN, () -> departments.count(filter));
    }
}
