package dev.opscharter.domain.targets;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit the business sets targets for: one of the organization's departments, or a unit of its own
 * (a product line, a region, a store) that is no department.
 */
public record BusinessUnit(BusinessUnitId id, String code, BilingualName name, Optional<DepartmentId> department,
                           boolean active, long version) {

    public BusinessUnit {
        Objects.requireNonNull(id, "id");
        code = Codes.checked(code, "validation.targets.unit-code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
    }

    public static BusinessUnit create(String code, BilingualName name, Optional<DepartmentId> department) {
        return new BusinessUnit(BusinessUnitId.random(), code, name, department, true, 0);
    }
}
