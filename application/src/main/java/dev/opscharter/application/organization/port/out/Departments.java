package dev.opscharter.application.organization.port.out;

import dev.opscharter.application.organization.DepartmentFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;

import java.util.List;
import java.util.Optional;

public interface Departments extends RecordStore<DepartmentId, Department> {

    List<Department> all();

    /**
     * A page of the departments the filter finds, sorted by the page's keys ({@code code}, {@code nameZh},
     * {@code nameEn}, {@code kind}), then by code.
     */
    List<Department> page(DepartmentFilter filter, PageRequest page);

    long count(DepartmentFilter filter);

    Optional<Department> byId(DepartmentId id);

    Optional<Department> byCode(DepartmentCode code);

    /**
     * Inserts a new department or updates one whose stored version equals the given one.
     *
     * @return the department as stored, with its new version
     * @throws dev.opscharter.application.shared.ConcurrentModification if the stored version differs
     */
    Department save(Department department);
}
