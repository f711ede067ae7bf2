package dev.opscharter.application.targets.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.targets.TargetFilter;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.opscharter.application.targets.service.TargetRecords.TARGET;
import static dev.opscharter.application.targets.service.TargetRecords.UNIT;
import static dev.opscharter.domain.targets.TargetsPermission.MANAGE;
import static dev.opscharter.domain.targets.TargetsPermission.READ;

/**
 * Business units, metrics and targets (SPEC §5 "Targets and metrics"): managers and directors keep them,
 * everyone who reads the targets sees them with the standings of a period. The rules of a value are the
 * domain's; this service checks what only the stores know (a code taken, a department or a metric named
 * that exists) and supplies who acts, the transaction and the audit entry.
 */
public final class TargetService implements ManageTargets, TargetQueries {

    private final BusinessUnits units;
    private final Metrics metrics;
    private final Targets targets;
    private final Actuals actuals;
    private final Departments departments;
    private final UseCase uc;
    private final RecordType<MetricId, Metric> metricType;

    public TargetService(BusinessUnits units, Metrics metrics, Targets targets, Actuals actuals,
                         Departments departments, UseCase uc) {
        this.units = units;
        this.metrics = metrics;
        this.targets = targets;
        this.actuals = actuals;
        this.departments = departments;
        this.uc = uc;
        this.metricType = TargetRecords.metric(metrics);
    }

    // ---- units

    @Override
    public BusinessUnitId createUnit(RequestKey request, UnitDraft draft) {
        return uc.create(MANAGE, request, UNIT, units, me -> checked(new BusinessUnit(BusinessUnitId.random(),
                draft.code(), draft.name(), draft.department(), draft.active(), 0)));
    }

    @Override
    public void editUnit(BusinessUnitId id, UnitDraft draft, long version) {
        uc.change(MANAGE, UNIT, units, id, version, AuditAction.UPDATE, (me, unit) -> checked(new BusinessUnit(id,
                draft.code(), draft.name(), draft.department(), draft.active(), unit.version())));
    }

    private BusinessUnit checked(BusinessUnit unit) {
        units.byCode(unit.code()).filter(other -> !other.id().equals(unit.id())).ifPresent(other -> {
            throw new InvalidValue("code", "validation.targets.unit-code-taken", unit.code());
        });
        unit.department().filter(d -> departments.byId(d).isEmpty()).ifPresent(d -> {
            throw new InvalidValue("department", "validation.targets.unknown-department");
        });
        return unit;
    }

    // ---- metrics

    @Override
    public MetricId createMetric(RequestKey request, MetricDraft draft) {
        return uc.create(MANAGE, request, metricType, metrics, me -> {
            if (metrics.all().size() >= Metrics.MAX) {
                throw new RuleViolation("rule.targets.too-many-metrics", Metrics.MAX);
            }
            return checked(new Metric(MetricId.random(), draft.code(), draft.name(), draft.unit(), draft.direction(),
                    draft.aggregation(), draft.key(), draft.core(), 0));
        });
    }

    @Override
    public void editMetric(MetricId id, MetricDraft draft, long version) {
        uc.change(MANAGE, metricType, metrics, id, version, AuditAction.UPDATE, (me, metric) -> checked(new Metric(id,
                draft.code(), draft.name(), draft.unit(), draft.direction(), draft.aggregation(), draft.key(),
                draft.core(), metric.version())));
    }

    /**
     * A ratio divides the sums of two metrics that are themselves recorded day by day: a ratio of ratios
     * would have no days to add up. So a ratio names two metrics that exist and are no ratios, and a metric
     * another ratio names cannot become one.
     */
    private Metric checked(Metric metric) {
        metrics.byCode(metric.code()).filter(other -> !other.id().equals(metric.id())).ifPresent(other -> {
            throw new InvalidValue("code", "validation.targets.metric-code-taken", metric.code());
        });
        if (metric.aggregation() instanceof Aggregation.Ratio(var numerator, var denominator)) {
            for (var part : List.of(numerator, denominator)) {
                var named = metrics.byId(part).orElseThrow(() ->
                        new InvalidValue("aggregation", "validation.targets.ratio-unknown-metric"));
                if (named.aggregation() instanceof Aggregation.Ratio) {
                    throw new InvalidValue("aggregation", "validation.targets.ratio-of-ratio", named.code());
                }
            }
            metrics.all().stream()
                    .filter(other -> other.aggregation() instanceof Aggregation.Ratio(var n, var d)
                            && (n.equals(metric.id()) || d.equals(metric.id())))
                    .findFirst().ifPresent(other -> {
                        throw new InvalidValue("aggregation", "validation.targets.ratio-named-by", other.code());
                    });
        }
        return metric;
    }

    // ---- targets

    @Override
    public Target setTarget(BusinessUnitId unit, MetricId metric, Period period, BigDecimal value, String reason,
                            long version) {
        return uc.write(MANAGE, me -> {
            var label = unitOf(unit).code() + " " + metricOf(metric).code() + " " + period.key();
            if (!DailyActual.fits(value)) {
                throw new InvalidValue("value", "validation.targets.value-bounds", DailyActual.INTEGER_DIGITS,
                        DailyActual.FRACTION_DIGITS);
            }
            var id = TargetRecords.targetId(unit, metric, period);
            var stored = targets.of(unit, metric, period);
            if (stored.isPresent() && repeated(stored.get(), me, value, reason, version)) {
                return stored.get();
            }
            if (stored.map(Target::version).orElse(0L) != version) {
                throw new ConcurrentModification(TARGET, id);
            }
            var now = uc.calendar().now();
            var saved = targets.save(stored.map(t -> t.revise(value, me.name(), now, reason))
                    .orElseGet(() -> Target.set(unit, metric, period, value, me.name(), now)));
            uc.audit(TARGET, id, label, stored.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                    stored.map(TargetRecords::snapshot).orElse(Map.of()), TargetRecords.snapshot(saved));
            return saved;
        });
    }

    /**
     * The same request again (a double click): the revision after the one the user saw is theirs, with this
     * value (and, for a change, this reason). It is answered with the target as it is; nothing is written.
     */
    private static boolean repeated(Target stored, Actor me, BigDecimal value, String reason, long version) {
        var latest = stored.revisions().getLast();
        return stored.version() == version + 1 && latest.by().equals(me.name())
                && latest.value().compareTo(value) == 0
                && (version == 0 || latest.reason().orElse("").equals(reason.strip()));
    }

    // ---- queries

    @Override
    public List<BusinessUnit> units(boolean includeInactive, PageRequest page) {
        return uc.read(READ, () -> units.page(includeInactive, page));
    }

    @Override
    public long countUnits(boolean includeInactive) {
        return uc.read(READ, () -> units.count(includeInactive));
    }

    @Override
    public Optional<BusinessUnit> unit(BusinessUnitId id) {
        return uc.read(READ, () -> units.byId(id));
    }

    @Override
    public List<Metric> metrics() {
        return uc.read(READ, metrics::all);
    }

    @Override
    public Optional<Target> target(BusinessUnitId unit, MetricId metric, Period period) {
        return uc.read(READ, () -> targets.of(unit, metric, period));
    }

    @Override
    public List<TargetStanding> standings(Period period, TargetFilter filter, LocalDate through, PageRequest page) {
        return uc.read(READ, () -> Standings.of(targets.ofPeriod(period, filter, page), metrics.all(), units,
                PeriodActuals.read(actuals, period, through)));
    }

    @Override
    public long countStandings(Period period, TargetFilter filter) {
        return uc.read(READ, () -> targets.count(period, filter));
    }

    @Override
    public List<DailyActual> days(BusinessUnitId unit, MetricId metric, Period period) {
        return uc.read(READ, () -> Standings.days(metricOf(metric), unit, period, actuals));
    }

    private BusinessUnit unitOf(BusinessUnitId id) {
        return units.byId(id).orElseThrow(() -> new NotFound(UNIT.entity(), id));
    }

    private Metric metricOf(MetricId id) {
        return metrics.byId(id).orElseThrow(() -> new NotFound(TargetRecords.METRIC_ENTITY, id));
    }
}
