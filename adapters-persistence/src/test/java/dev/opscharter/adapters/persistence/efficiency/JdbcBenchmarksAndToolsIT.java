package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.efficiency.port.out.Benchmarks;
import dev.opscharter.application.efficiency.port.out.ToolIntroductions;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIntegrationTest
class JdbcBenchmarksAndToolsIT extends BenchmarksAndToolsContract {

    @Autowired
    private Benchmarks benchmarks;
    @Autowired
    private ToolIntroductions tools;

    @Override
    protected Benchmarks benchmarks() {
        return benchmarks;
    }

    @Override
    protected ToolIntroductions tools() {
        return tools;
    }
}
