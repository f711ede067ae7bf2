package dev.opscharter.application.collaboration.fakes;

import dev.opscharter.application.collaboration.port.out.Conflicts;
import dev.opscharter.application.organization.fakes.VersionedStore;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.ConflictId;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The conflict register in memory, with the JDBC adapter's optimistic locking and its order, newest first. */
public final class InMemoryConflicts implements Conflicts {

    private static final Comparator<Conflict> NEWEST_FIRST = Comparator.comparing(Conflict::raisedAt).reversed()
            .thenComparing(conflict -> conflict.id().toString());

    private final VersionedStore<ConflictId, Conflict> store = new VersionedStore<>("Conflict", Conflict::id,
            new VersionedStore.Versioning<>() {
                @Override
                public long version(Conflict value) {
                    return value.version();
                }

                @Override
                public Conflict withVersion(Conflict value, long version) {
                    return value.withVersion(version);
                }
            });

    @Override
    public Conflict save(Conflict conflict) {
        return store.save(conflict);
    }

    @Override
    public Optional<Conflict> byId(ConflictId id) {
        return store.get(id);
    }

    @Override
    public List<Conflict> page(PageRequest page) {
        return InMemoryPage.of(store.all().stream(), page, Map.of(), NEWEST_FIRST);
    }

    @Override
    public long count() {
        return store.all().size();
    }

    @Override
    public List<Conflict> unresolved() {
        return store.all().stream().filter(conflict -> !conflict.isResolved())
                .sorted(NEWEST_FIRST.reversed()).toList();
    }
}
