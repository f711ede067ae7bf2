package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.fakes.InMemoryActuals;
import dev.opscharter.application.targets.fakes.InMemoryBusinessUnits;
import dev.opscharter.application.targets.fakes.InMemoryMetrics;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;

class ActualsFakeTest extends ActualsContract {

    private final Actuals actuals = new InMemoryActuals();
    private final BusinessUnits units = new InMemoryBusinessUnits();
    private final Metrics metrics = new InMemoryMetrics();

    @Override
    protected Actuals actuals() {
        return actuals;
    }

    @Override
    protected BusinessUnits units() {
        return units;
    }

    @Override
    protected Metrics metrics() {
        return metrics;
    }
}
