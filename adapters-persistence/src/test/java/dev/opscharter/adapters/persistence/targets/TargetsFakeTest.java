package dev.opscharter.adapters.persistence.targets;

class TargetsFakeTest extends TargetsContract {

    private final TargetStores stores = TargetStores.inMemory();

    @Override
    protected TargetStores stores() {
        return stores;
    }
}
