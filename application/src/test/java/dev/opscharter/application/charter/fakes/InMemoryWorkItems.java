package dev.opscharter.application.charter.fakes;

import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    @Override
    public synchronized List<WorkItem> page(Selection selection, PageRequest page) {
        Comparator<WorkItem> order = Comparator.comparing(WorkItem::raisedAt).thenComparing(i -> i.id().value())
                .reversed();
        for (var sort : page.sort().reversed()) {
            Comparator<WorkItem> by = switch (sort.key()) {
                case "title" -> Comparator.comparing(i -> i.title().toLowerCase(Locale.ROOT));
                case "kind" -> Comparator.comparing(i -> i.kind().name());
                case "status" -> Comparator.comparing(WorkItem::status);
                case "raisedAt" -> Comparator.comparing(WorkItem::raisedAt);
                default -> null;
            };
            if (by != null) {
                order = (sort.descending() ? by.reversed() : by).thenComparing(order);
            }
        }
        return items.values().stream().filter(i -> selects(selection, i)).sorted(order)
                .skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public synchronized long count(Selection selection) {
        return items.values().stream().filter(i -> selects(selection, i)).count();
    }

    private static boolean selects(Selection s, WorkItem item) {
        var department = item.decision().department();
        return s.reader().map(r -> r.name().equals(item.raisedBy())
                        || r.department().isPresent() && department.equals(r.department())).orElse(true)
                && s.department().map(d -> department.equals(Optional.of(d))).orElse(true)
                && s.involvement().map(v -> item.decision().involvement() == v).orElse(true)
                && !(s.openOnly() && item.status().isClosed())
                && !(s.concernsADepartment() && department.isEmpty())
                && s.awaiting().map(item::awaits).orElse(true);
    }
}
