package dev.opscharter.application.efficiency.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.efficiency.Benchmark;
import dev.opscharter.domain.efficiency.BenchmarkId;
import dev.opscharter.domain.efficiency.ToolIntroduction;
import dev.opscharter.domain.efficiency.ToolIntroductionId;

import java.util.List;

/** Benchmarks and tool introductions as their readers see them. */
public interface BenchmarkQueries {

    List<Benchmark> benchmarks(PageRequest page);

    long countBenchmarks();

    Benchmark benchmark(BenchmarkId id);

    List<ToolIntroduction> tools(PageRequest page);

    long countTools();

    ToolIntroduction tool(ToolIntroductionId id);
}
