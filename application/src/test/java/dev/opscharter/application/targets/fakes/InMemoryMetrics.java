package dev.opscharter.application.targets.fakes;

import dev.opscharter.application.organization.fakes.VersionedStore;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Metrics in memory, with the JDBC adapter's optimistic locking and unique codes. */
public final class InMemoryMetrics implements Metrics {

    /** The message a code already taken by another metric is refused with. */
    public static final String CODE_TAKEN = "validation.targets.metric-code-taken";

    private final CodedStore<MetricId, Metric> store = new CodedStore<>("Metric", CODE_TAKEN, Metric::id,
            Metric::code, new VersionedStore.Versioning<>() {
                public long version(Metric metric) {
                    return metric.version();
                }

                public Metric withVersion(Metric m, long version) {
                    return new Metric(m.id(), m.code(), m.name(), m.unit(), m.direction(), m.aggregation(), m.key(),
                            m.core(), version);
                }
            });

    @Override
    public Metric save(Metric metric) {
        return store.save(metric);
    }

    @Override
    public Optional<Metric> byId(MetricId id) {
        return store.byId(id);
    }

    @Override
    public Optional<Metric> byCode(String code) {
        return store.byCode(code);
    }

    @Override
    public List<Metric> all() {
        return store.all().stream().sorted(Comparator.comparing(Metric::code)).toList();
    }
}
