package dev.opscharter.application.efficiency.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.efficiency.Benchmark;
import dev.opscharter.domain.efficiency.BenchmarkId;
import dev.opscharter.domain.efficiency.ToolIntroduction;
import dev.opscharter.domain.efficiency.ToolIntroductionId;

/**
 * Benchmarks and tool introductions, kept by a manager. A new one is recorded once per {@code key} (its own
 * version is 0); a change carries the version the user saw.
 */
public interface ManageBenchmarks {

    BenchmarkId record(RequestKey key, Benchmark benchmark);

    void update(Benchmark benchmark);

    ToolIntroductionId record(RequestKey key, ToolIntroduction tool);

    void update(ToolIntroduction tool);
}
