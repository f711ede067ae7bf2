package dev.opscharter.application.targets.service;

import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Attainment;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.PeriodFigure;
import dev.opscharter.domain.targets.Projection;
import dev.opscharter.domain.targets.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A period's actuals up to a day, added up by the store in one read, and what follows from them for each
 * target: its figure, its attainment and, while the period runs, where it ends at the current pace. The
 * arithmetic is the domain's ({@link PeriodFigure}, {@link Attainment}, {@link Projection}).
 */
final class PeriodActuals {

    private record Key(BusinessUnitId unit, MetricId metric) {
    }

    private final Period period;
    private final LocalDate through;
    private final Map<Key, DayTotals> totals;

    private PeriodActuals(Period period, LocalDate through, Map<Key, DayTotals> totals) {
        this.period = period;
        this.through = through;
        this.totals = totals;
    }

    /** @param through the last day whose actuals count (a day after the period counts as its last day) */
    static PeriodActuals read(Actuals actuals, Period period, LocalDate through) {
        return read(period, through, (from, until) -> actuals.totals(from, until));
    }

    /** {@link #read(Actuals, Period, LocalDate)} of these metrics only. */
    static PeriodActuals read(Actuals actuals, Period period, LocalDate through, Set<MetricId> metrics) {
        return read(period, through, (from, until) -> actuals.totals(from, until, metrics));
    }

    private static PeriodActuals read(Period period, LocalDate through,
                                      BiFunction<LocalDate, LocalDate, List<Actuals.UnitTotals>> totalsOfDays) {
        var last = through.isAfter(period.lastDay()) ? period.lastDay() : through;
        var totals = new HashMap<Key, DayTotals>();
        if (!last.isBefore(period.firstDay())) {
            totalsOfDays.apply(period.firstDay(), last.plusDays(1))
                    .forEach(t -> totals.put(new Key(t.unit(), t.metric()), t.totals()));
        }
        return new PeriodActuals(period, last, totals);
    }

    LocalDate through() {
        return through;
    }

    /** Whether every day of the period counts: its figure is final, no projection. */
    boolean ended() {
        return !through.isBefore(period.lastDay());
    }

    PeriodFigure figure(BusinessUnitId unit, Metric metric) {
        return PeriodFigure.of(metric, id -> Optional.ofNullable(totals.get(new Key(unit, id))));
    }

    /** Where the running period ends at the current pace; empty once it ended or without data. */
    Optional<BigDecimal> projection(Metric metric, PeriodFigure figure) {
        return ended() ? Optional.empty() : Projection.of(metric, figure, period, through);
    }

    /** The attainment the scorecard counts: the actual once the period ended, at this pace while it runs. */
    Optional<Attainment> expected(Metric metric, Target target) {
        var figure = figure(target.unit(), metric);
        var value = ended() ? figure.value() : Projection.of(metric, figure, period, through);
        return value.map(v -> new Attainment(v, target.value(), metric.direction()));
    }
}
