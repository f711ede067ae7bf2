package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.fakes.InMemoryMetrics;
import dev.opscharter.application.targets.port.out.Metrics;

class MetricsFakeTest extends MetricsContract {

    private final Metrics metrics = new InMemoryMetrics();

    @Override
    protected Metrics metrics() {
        return metrics;
    }
}
