package dev.opscharter.application.targets.port.out;

import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;

import java.util.List;
import java.util.Optional;

/** Where metrics are kept: tens, not thousands, so they are read whole. */
public interface Metrics extends RecordStore<MetricId, Metric> {

    /** The most a store keeps: what an organization measures itself by fits in a screen or two. */
    int MAX = 500;

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}; a code taken refuses. */
    @Override
    Metric save(Metric metric);

    Optional<Metric> byCode(String code);

    /** Every metric, by code. */
    List<Metric> all();
}
