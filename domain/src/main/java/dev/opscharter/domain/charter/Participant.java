package dev.opscharter.domain.charter;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Someone acting on a work item: their roles and the department they belong to, if any. */
public record Participant(String name, Set<Role> roles, Optional<DepartmentId> department) {

    private static final Set<Role> OPERATIONS = EnumSet.of(Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST);

    public Participant {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean isOperations() {
        return roles.stream().anyMatch(OPERATIONS::contains);
    }

    public boolean leads(DepartmentId departmentId) {
        return roles.contains(Role.DEPARTMENT_LEAD) && department.equals(Optional.of(departmentId));
    }
}
