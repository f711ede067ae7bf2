package dev.opscharter.adapters.persistence.targets;

class MetricsFakeTest extends MetricsContract {

    private final TargetStores stores = TargetStores.inMemory();

    @Override
    protected TargetStores stores() {
        return stores;
    }
}
