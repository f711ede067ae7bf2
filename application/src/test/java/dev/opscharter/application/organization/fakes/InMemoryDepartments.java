package dev.opscharter.application.organization.fakes;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;

import java.util.List;
import java.util.Optional;

public final class InMemoryDepartments implements Departments {

    private final VersionedStore<DepartmentId, Department> store = new VersionedStore<>("Department", Department::id,
            new VersionedStore.Versioning<>() {
                public long version(Department d) {
                    return d.version();
                }

                public Department withVersion(Department d, long v) {
                    return Department.reconstitute(d.id(), d.code(), d.name(), d.kind(), d.active(), v);
                }
            });

    @Override
    public List<Department> all() {
        return store.all();
    }

    @Override
    public Optional<Department> byId(DepartmentId id) {
        return store.get(id);
    }

    @Override
    public Optional<Department> byCode(DepartmentCode code) {
        return store.all().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    @Override
    public Department save(Department department) {
        return store.save(department);
    }
}
