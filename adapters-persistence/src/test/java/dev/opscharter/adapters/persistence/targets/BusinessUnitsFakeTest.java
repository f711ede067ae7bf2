package dev.opscharter.adapters.persistence.targets;

class BusinessUnitsFakeTest extends BusinessUnitsContract {

    private final TargetStores stores = TargetStores.inMemory();

    @Override
    protected TargetStores stores() {
        return stores;
    }
}
