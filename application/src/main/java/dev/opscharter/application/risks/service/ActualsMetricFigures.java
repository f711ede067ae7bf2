package dev.opscharter.application.risks.service;

import dev.opscharter.application.risks.port.out.MetricFigures;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.PeriodFigure;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A metric's month over every unit's days at once, from the targets context's actuals: a sum added up, an average
 * of all the days, a ratio of its operands added up over the units ({@link PeriodFigure}).
 */
public final class ActualsMetricFigures implements MetricFigures {

    private final Metrics metrics;
    private final Actuals actuals;

    public ActualsMetricFigures(Metrics metrics, Actuals actuals) {
        this.metrics = metrics;
        this.actuals = actuals;
    }

    @Override
    public Optional<BigDecimal> ofMonth(MetricId id, YearMonth month) {
        return metrics.all().stream().filter(m -> m.id().equals(id)).findFirst().flatMap(metric -> {
            var read = metric.aggregation() instanceof Aggregation.Ratio(var numerator, var denominator)
                    ? Set.of(id, numerator, denominator) : Set.of(id);
            var byMetric = actuals.totals(month.atDay(1), month.plusMonths(1).atDay(1), read).stream()
                    .collect(Collectors.groupingBy(Actuals.UnitTotals::metric,
                            Collectors.mapping(Actuals.UnitTotals::totals, Collectors.toList())));
            return PeriodFigure.of(metric, m -> DayTotals.across(byMetric.getOrDefault(m, List.of()))).value();
        });
    }
}
