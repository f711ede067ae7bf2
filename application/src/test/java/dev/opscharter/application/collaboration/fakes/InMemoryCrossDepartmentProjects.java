package dev.opscharter.application.collaboration.fakes;

import dev.opscharter.application.collaboration.port.out.CrossDepartmentProjects;
import dev.opscharter.application.organization.fakes.VersionedStore;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Projects and launches in memory, with the JDBC adapter's optimistic locking and its order, latest start first. */
public final class InMemoryCrossDepartmentProjects implements CrossDepartmentProjects {

    private static final Comparator<CrossDepartmentProject> LATEST_FIRST = Comparator
            .comparing(CrossDepartmentProject::startsOn).reversed().thenComparing(p -> p.id().toString());

    private final VersionedStore<CrossDepartmentProjectId, CrossDepartmentProject> store = new VersionedStore<>(
            "CrossDepartmentProject", CrossDepartmentProject::id, new VersionedStore.Versioning<>() {
                @Override
                public long version(CrossDepartmentProject value) {
                    return value.version();
                }

                @Override
                public CrossDepartmentProject withVersion(CrossDepartmentProject value, long version) {
                    return value.withVersion(version);
                }
            });

    @Override
    public CrossDepartmentProject save(CrossDepartmentProject project) {
        return store.save(project);
    }

    @Override
    public Optional<CrossDepartmentProject> byId(CrossDepartmentProjectId id) {
        return store.get(id);
    }

    @Override
    public List<CrossDepartmentProject> page(PageRequest page) {
        return InMemoryPage.of(store.all().stream(), page, Map.of(), LATEST_FIRST);
    }

    @Override
    public long count() {
        return store.all().size();
    }

    @Override
    public List<CrossDepartmentProject> active() {
        return store.all().stream().filter(p -> !p.status().isFinished()).sorted(LATEST_FIRST).toList();
    }
}
