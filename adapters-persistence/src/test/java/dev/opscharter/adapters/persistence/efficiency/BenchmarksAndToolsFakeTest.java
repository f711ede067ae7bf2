package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.application.efficiency.fakes.InMemoryBenchmarks;
import dev.opscharter.application.efficiency.fakes.InMemoryToolIntroductions;
import dev.opscharter.application.efficiency.port.out.Benchmarks;
import dev.opscharter.application.efficiency.port.out.ToolIntroductions;

class BenchmarksAndToolsFakeTest extends BenchmarksAndToolsContract {

    private final Benchmarks benchmarks = new InMemoryBenchmarks();
    private final ToolIntroductions tools = new InMemoryToolIntroductions();

    @Override
    protected Benchmarks benchmarks() {
        return benchmarks;
    }

    @Override
    protected ToolIntroductions tools() {
        return tools;
    }
}
