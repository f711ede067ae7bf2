package dev.opscharter.application.organization.port.in;

import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;

import java.util.List;

public interface DepartmentQueries {

    /** Active and inactive, ordered by code. */
    List<Department> all();

    Department get(DepartmentId id);
}
