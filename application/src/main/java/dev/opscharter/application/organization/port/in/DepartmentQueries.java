package dev.opscharter.application.organization.port.in;

import dev.opscharter.application.organization.DepartmentFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.DepartmentStep;

import java.util.List;

public interface DepartmentQueries {

    /** Active and inactive, ordered by code: for choosers; a list of departments pages with {@link #page}. */
    List<Department> all();

    /**
     * A page of the departments the filter finds, sorted in the database by the page's keys
     * ({@code code}, {@code nameZh}, {@code nameEn}, {@code kind}), then by code.
     */
    List<Department> page(DepartmentFilter filter, PageRequest page);

    long count(DepartmentFilter filter);

    Department get(DepartmentId id);

    /** The department as stored now, with what the signed-in user may do next to it. */
    WithSteps<Department, DepartmentStep> detail(DepartmentId id);
}
