package dev.opscharter.application.targets.service;

import dev.opscharter.application.targets.port.in.TargetQueries.TargetStanding;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.Attainment;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.PeriodFigure;
import dev.opscharter.domain.targets.Target;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Each target of a page against the period's actuals; and a metric's days for its trend chart. */
final class Standings {

    private Standings() {
    }

    static List<TargetStanding> of(List<Target> page, List<Metric> metrics, BusinessUnits units,
                                   PeriodActuals actuals) {
        var metricsById = metrics.stream().collect(Collectors.toMap(Metric::id, Function.identity()));
        var unitsById = new HashMap<BusinessUnitId, BusinessUnit>();
        return page.stream().flatMap(target -> {
            var metric = metricsById.get(target.metric());
            var unit = unitsById.computeIfAbsent(target.unit(), id -> units.byId(id).orElse(null));
            if (metric == null || unit == null) {
                // a target outlives neither its unit nor its metric in the store; read between a delete, skip it
                return Stream.empty();
            }
            var figure = actuals.figure(unit.id(), metric);
            var projection = actuals.projection(metric, figure);
            return Stream.of(new TargetStanding(unit, metric, target, figure,
                    Attainment.of(figure, target.value(), metric.direction()), projection,
                    projection.map(p -> new Attainment(p, target.value(), metric.direction()))));
        }).toList();
    }

    /**
     * The unit's days of the metric in the period. A ratio has no days of its own: its day is the ratio of
     * its two metrics' values of that day, where both have one and the denominator is not 0.
     */
    static List<DailyActual> days(Metric metric, BusinessUnitId unit, Period period, Actuals actuals) {
        if (!(metric.aggregation() instanceof Aggregation.Ratio(var numerator, var denominator))) {
            return actuals.days(unit, metric.id(), period.firstDay(), period.endExclusive());
        }
        var above = byDay(actuals.days(unit, numerator, period.firstDay(), period.endExclusive()));
        var below = byDay(actuals.days(unit, denominator, period.firstDay(), period.endExclusive()));
        return above.entrySet().stream().filter(day -> below.containsKey(day.getKey()))
                .flatMap(day -> {
                    Map<MetricId, List<DailyActual>> values = Map.of(numerator, List.of(day.getValue()),
                            denominator, List.of(below.get(day.getKey())));
                    return PeriodFigure.ofDays(metric, values::get).value().stream()
                            .map(value -> new DailyActual(unit, metric.id(), day.getKey(), value));
                }).toList();
    }

    private static Map<LocalDate, DailyActual> byDay(List<DailyActual> days) {
        var byDay = new TreeMap<LocalDate, DailyActual>();
        days.forEach(day -> byDay.put(day.day(), day));
        return byDay;
    }
}
