package dev.opscharter.application.charter.fakes;

import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Work items kept in memory with the optimistic locking the JDBC adapter has: version 0 inserts and
 * is stored as version 1; an update must carry the stored version and bumps it.
 */
public final class InMemoryWorkItems implements WorkItems {

    private final Map<WorkItemId, WorkItem> items = new LinkedHashMap<>();

    public InMemoryWorkItems() {
    }

    @Override
    public synchronized WorkItem save(WorkItem item) {
        var stored = items.get(item.id());
        long version = item.version();
        if (version == 0 ? stored != null : stored == null || stored.version() != version) {
            throw new ConcurrentModification("WorkItem", item.id());
        }
        var saved = WorkItem.reconstitute(item.id(), item.kind(), item.title(), item.description(), item.dutyType(),
                item.decision(), item.status(), item.raisedBy(), item.raisedAt(), item.dueOn(), item.signOff(),
                item.closedBy(), item.closedAt(), item.outcome(), version + 1);
        items.put(item.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<WorkItem> byId(WorkItemId id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public synchronized List<WorkItem> all() {
        return items.values().stream().sorted(Comparator.comparing(WorkItem::raisedAt).reversed()).toList();
    }
}
