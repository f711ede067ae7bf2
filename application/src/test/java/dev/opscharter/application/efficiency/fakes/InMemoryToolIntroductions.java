package dev.opscharter.application.efficiency.fakes;

import dev.opscharter.application.efficiency.port.out.ToolIntroductions;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.efficiency.ToolIntroduction;
import dev.opscharter.domain.efficiency.ToolIntroductionId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tool introductions in memory, with the optimistic locking and the order of the JDBC adapter. */
public final class InMemoryToolIntroductions implements ToolIntroductions {

    private static final Comparator<ToolIntroduction> OWN_ORDER = Comparator.comparing(ToolIntroduction::goLive).reversed()
            .thenComparing(t -> t.id().value());
    private static final Map<String, Comparator<ToolIntroduction>> SORT_KEYS = Map.of(
            "name", Comparator.comparing(ToolIntroduction::name),
            "goLive", Comparator.comparing(ToolIntroduction::goLive));

    private final Map<ToolIntroductionId, ToolIntroduction> records = new LinkedHashMap<>();

    @Override
    public synchronized ToolIntroduction save(ToolIntroduction record) {
        var stored = records.get(record.id());
        long version = record.version();
        if (version == 0 ? stored != null : stored == null || stored.version() != version) {
            throw new ConcurrentModification("ToolIntroduction", record.id());
        }
        var saved = record.withVersion(version + 1);
        records.put(record.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<ToolIntroduction> byId(ToolIntroductionId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized List<ToolIntroduction> page(PageRequest page) {
        return InMemoryPage.of(records.values().stream(), page, SORT_KEYS, OWN_ORDER);
    }

    @Override
    public synchronized long count() {
        return records.size();
    }
}
