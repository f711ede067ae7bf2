package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.fakes.InMemoryBusinessUnits;
import dev.opscharter.application.targets.fakes.InMemoryMetrics;
import dev.opscharter.application.targets.fakes.InMemoryTargets;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.Targets;

class TargetsFakeTest extends TargetsContract {

    private final BusinessUnits units = new InMemoryBusinessUnits();
    private final Metrics metrics = new InMemoryMetrics();
    private final Targets targets = new InMemoryTargets(units, metrics);

    @Override
    protected Targets targets() {
        return targets;
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
