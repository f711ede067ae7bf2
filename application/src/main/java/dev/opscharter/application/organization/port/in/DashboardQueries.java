package dev.opscharter.application.organization.port.in;

import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The home page: the organization at a glance and what needs the user's attention. */
public interface DashboardQueries {

    Dashboard forCurrentUser();

    record Dashboard(String organizationName, String zoneId, String userName, Optional<Department> userDepartment,
                     Set<Role> roles,
                     int activeDepartments, int activePeople, int coreStaff, int userAccounts,
                     List<Headcount> headcount, List<Attention> attention) {
    }

    record Headcount(Department department, int people) {
    }

    /** Something to look at: what kind, how many, and the page that shows them. */
    record Attention(AttentionKind kind, int count, String route) {
    }

    enum AttentionKind {
        LOCKED_ACCOUNTS,
        ENABLED_ACCOUNTS_OF_LEAVERS,
        STAFF_WITHOUT_ACCOUNT,
        DEPARTMENTS_WITHOUT_PEOPLE,
        CORE_STAFF_LEFT_THIS_QUARTER
    }
}
