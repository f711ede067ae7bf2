package dev.opscharter.adapters.persistence.organization;

import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.BilingualName;

final class DepartmentMapper {

    private DepartmentMapper() {
    }

    static DepartmentRow toRow(Department department) {
        return new DepartmentRow(department.id().value(), department.code().value(), department.name().chinese(),
                department.name().english(), department.kind().name(), department.active(), department.version());
    }

    static Department toDomain(DepartmentRow row) {
        return Department.reconstitute(new DepartmentId(row.id()), new DepartmentCode(row.code()),
                new BilingualName(row.nameZh(), row.nameEn()), DepartmentKind.valueOf(row.kind()), row.active(),
                row.version());
    }
}
