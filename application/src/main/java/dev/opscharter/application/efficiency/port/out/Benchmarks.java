package dev.opscharter.application.efficiency.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.efficiency.Benchmark;
import dev.opscharter.domain.efficiency.BenchmarkId;

import java.util.List;

/** Where efficiency benchmarks are kept, their holders in order. */
public interface Benchmarks extends RecordStore<BenchmarkId, Benchmark> {

    /** Sorted by the page's keys ({@code indicator}, {@code reachedOn}), then the latest reached first. */
    List<Benchmark> page(PageRequest page);

    long count();
}
