package dev.opscharter.application.organization.fakes;

import dev.opscharter.application.organization.DepartmentFilter;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    private static final Map<String, Comparator<Department>> SORT_KEYS = Map.of(
            "code", Comparator.comparing(d -> d.code().value()),
            "nameZh", Comparator.comparing(d -> d.name().chinese()),
            "nameEn", Comparator.comparing(d -> d.name().english()),
            "kind", Comparator.comparing(d -> d.kind().name()));

    @Override
    public List<Department> page(DepartmentFilter filter, PageRequest page) {
        return InMemoryPage.of(store.all().stream().filter(filter::matches), page, SORT_KEYS,
                Comparator.comparing((Department d) -> d.code().value()).thenComparing(d -> d.id().value()));
    }

    @Override
    public long count(DepartmentFilter filter) {
        return store.all().stream().filter(filter::matches).count();
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
