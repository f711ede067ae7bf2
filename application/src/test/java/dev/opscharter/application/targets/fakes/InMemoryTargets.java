package dev.opscharter.application.targets.fakes;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.TargetFilter;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.Target;
import dev.opscharter.domain.targets.TargetRevision;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Targets in memory as the JDBC adapter keeps them: a save appends the one revision that follows the
 * stored ones; times kept to the microsecond, as PostgreSQL keeps them. A period's targets are listed by
 * their unit's and metric's codes when the units and metrics are given, else by ids.
 */
public final class InMemoryTargets implements Targets {

    private record Key(BusinessUnitId unit, MetricId metric, Period period) {
    }

    private final Map<Key, Target> targets = new LinkedHashMap<>();
    private final BusinessUnits units;
    private final Metrics metrics;

    public InMemoryTargets(BusinessUnits units, Metrics metrics) {
        this.units = units;
        this.metrics = metrics;
    }

    /** Without units and metrics: a period's targets come by unit and metric id. */
    public InMemoryTargets() {
        this(new InMemoryBusinessUnits(), new InMemoryMetrics());
    }

    @Override
    public synchronized Target save(Target target) {
        var key = new Key(target.unit(), target.metric(), target.period());
        var stored = targets.get(key);
        long storedVersion = stored == null ? 0 : stored.version();
        if (target.version() != storedVersion + 1) {
            throw new ConcurrentModification("Target", key);
        }
        var kept = new Target(target.unit(), target.metric(), target.period(), target.revisions().stream()
                .map(r -> new TargetRevision(r.value(), r.by(), r.at().truncatedTo(ChronoUnit.MICROS), r.reason()))
                .toList());
        // what is stored stays as stored: only the new revision is taken from the target given
        if (stored != null) {
            var revisions = new ArrayList<>(stored.revisions());
            revisions.add(kept.revisions().getLast());
            kept = new Target(kept.unit(), kept.metric(), kept.period(), revisions);
        }
        targets.put(key, kept);
        return kept;
    }

    @Override
    public synchronized Optional<Target> of(BusinessUnitId unit, MetricId metric, Period period) {
        return Optional.ofNullable(targets.get(new Key(unit, metric, period)));
    }

    @Override
    public List<Target> ofPeriod(Period period, PageRequest page) {
        return ofPeriod(period, TargetFilter.ALL, page);
    }

    @Override
    public synchronized List<Target> ofPeriod(Period period, Set<MetricId> metrics) {
        return targets.values().stream().filter(t -> t.period().equals(period) && metrics.contains(t.metric()))
                .toList();
    }

    private String unitCode(BusinessUnitId id) {
        return units.byId(id).map(BusinessUnit::code).orElse(id.toString());
    }

    private String metricCode(MetricId id) {
        return metrics.byId(id).map(Metric::code).orElse(id.toString());
    }

    @Override
    public synchronized List<Target> ofPeriod(Period period, TargetFilter filter, PageRequest page) {
        Comparator<Target> order = Comparator.comparing((Target t) -> unitCode(t.unit()))
                .thenComparing(t -> metricCode(t.metric()));
        return matching(period, filter).sorted(order).skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public synchronized long count(Period period, TargetFilter filter) {
        return matching(period, filter).count();
    }

    /**
     * The period's targets the filter lets through. Without the units and metrics (the constructor without
     * them) only an empty filter lets any through, as the store, which joins them, would.
     */
    private Stream<Target> matching(Period period, TargetFilter filter) {
        return targets.values().stream().filter(t -> t.period().equals(period))
                .filter(t -> filter.equals(TargetFilter.ALL) || units.byId(t.unit())
                        .flatMap(unit -> metrics.byId(t.metric()).map(metric -> filter.matches(unit, metric)))
                        .orElse(false));
    }
}
