package dev.opscharter.domain.charter;

import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Role;

import java.util.Optional;
import java.util.Set;

/**
 * Who must sign off a work item that the charter reserves for someone above or beside Operations:
 * management decisions ("需管理层决策/统筹") are signed by the operations director or general
 * manager; reviews by another department ("需财务部门审核") by that department's lead.
 */
public enum SignOffAuthority {
    MANAGEMENT,
    OWNER_DEPARTMENT_LEAD;

    /** For message keys: {@code management}, {@code owner-department-lead}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public Role role() {
        return switch (this) {
            case MANAGEMENT -> Role.OPS_DIRECTOR;
            case OWNER_DEPARTMENT_LEAD -> Role.DEPARTMENT_LEAD;
        };
    }

    /** Whether someone holding {@code roles} in {@code department} may sign for {@code owner}. */
    public boolean grants(Set<Role> roles, Optional<DepartmentId> department, DepartmentId owner) {
        return switch (this) {
            case MANAGEMENT -> roles.contains(Role.OPS_DIRECTOR);
            case OWNER_DEPARTMENT_LEAD -> roles.contains(Role.DEPARTMENT_LEAD) && department.equals(Optional.of(owner));
        };
    }
}
