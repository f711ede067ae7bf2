package dev.opscharter.adapters.persistence.targets;

class ActualsFakeTest extends ActualsContract {

    private final TargetStores stores = TargetStores.inMemory();

    @Override
    protected TargetStores stores() {
        return stores;
    }
}
