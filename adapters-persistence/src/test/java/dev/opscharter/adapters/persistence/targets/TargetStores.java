package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.fakes.InMemoryActuals;
import dev.opscharter.application.targets.fakes.InMemoryBusinessUnits;
import dev.opscharter.application.targets.fakes.InMemoryMetrics;
import dev.opscharter.application.targets.fakes.InMemoryTargets;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.Targets;
import org.springframework.context.ApplicationContext;

/** The targets' four stores a contract runs on: the in-memory fakes or the PostgreSQL adapters. */
record TargetStores(BusinessUnits units, Metrics metrics, Targets targets, Actuals actuals) {

    static TargetStores inMemory() {
        var units = new InMemoryBusinessUnits();
        var metrics = new InMemoryMetrics();
        return new TargetStores(units, metrics, new InMemoryTargets(units, metrics), new InMemoryActuals());
    }

    static TargetStores of(ApplicationContext context) {
        return new TargetStores(context.getBean(BusinessUnits.class), context.getBean(Metrics.class),
                context.getBean(Targets.class), context.getBean(Actuals.class));
    }
}
