package dev.opscharter.application.efficiency.fakes;

import dev.opscharter.application.efficiency.port.out.Benchmarks;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.efficiency.Benchmark;
import dev.opscharter.domain.efficiency.BenchmarkId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Benchmarks in memory, with the optimistic locking and the order of the JDBC adapter. */
public final class InMemoryBenchmarks implements Benchmarks {

    private static final Comparator<Benchmark> OWN_ORDER = Comparator.comparing(Benchmark::reachedOn).reversed()
            .thenComparing(b -> b.id().value());
    private static final Map<String, Comparator<Benchmark>> SORT_KEYS = Map.of(
            "indicator", Comparator.comparing(Benchmark::indicator),
            "reachedOn", Comparator.comparing(Benchmark::reachedOn));

    private final Map<BenchmarkId, Benchmark> records = new LinkedHashMap<>();

    @Override
    public synchronized Benchmark save(Benchmark record) {
        var stored = records.get(record.id());
        long version = record.version();
        if (version == 0 ? stored != null : stored == null || stored.version() != version) {
            throw new ConcurrentModification("Benchmark", record.id());
        }
        var saved = record.withVersion(version + 1);
        records.put(record.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<Benchmark> byId(BenchmarkId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized List<Benchmark> page(PageRequest page) {
        return InMemoryPage.of(records.values().stream(), page, SORT_KEYS, OWN_ORDER);
    }

    @Override
    public synchronized long count() {
        return records.size();
    }
}
