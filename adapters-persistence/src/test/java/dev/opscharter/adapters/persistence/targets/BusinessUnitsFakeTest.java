package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.fakes.InMemoryBusinessUnits;
import dev.opscharter.application.targets.port.out.BusinessUnits;

class BusinessUnitsFakeTest extends BusinessUnitsContract {

    private final BusinessUnits units = new InMemoryBusinessUnits();

    @Override
    protected BusinessUnits units() {
        return units;
    }
}
