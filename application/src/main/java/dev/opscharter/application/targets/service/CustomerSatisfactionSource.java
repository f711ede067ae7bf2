package dev.opscharter.application.targets.service;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.PeriodFigure;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Customer satisfaction (客户满意度 ≥ 90 %, SPEC §2) where it is a metric: the figure of the metric coded
 * {@value Metric#CUSTOMER_SATISFACTION} over every unit's days of the period at once — an average of all the
 * days, a ratio of the operands added up over the units — through yesterday in the organization's time zone,
 * to one decimal as the core target attainment.
 * A period without such days, or without that metric, is typed by hand as before.
 */
public final class CustomerSatisfactionSource implements IndicatorSource {

    private final Metrics metrics;
    private final Actuals actuals;
    private final Clock clock;

    public CustomerSatisfactionSource(Metrics metrics, Actuals actuals, Clock clock) {
        this.metrics = metrics;
        this.actuals = actuals;
        this.clock = clock;
    }

    @Override
    public Set<Part> parts() {
        return Set.of(Part.CUSTOMER_SATISFACTION);
    }

    @Override
    public boolean leavesGapsToHandEntry() {
        return true;
    }

    @Override
    public Optional<PartValue> valueOf(Part part, Period period, ZoneId zone) {
        if (part != Part.CUSTOMER_SATISFACTION) {
            return Optional.empty();
        }
        var today = LocalDate.ofInstant(clock.instant(), zone);
        var through = today.minusDays(1).isAfter(period.lastDay()) ? period.lastDay() : today.minusDays(1);
        if (through.isBefore(period.firstDay())) {
            return Optional.empty();
        }
        return metrics.all().stream().filter(Metric::measuresCustomerSatisfaction).findFirst()
                .flatMap(metric -> figure(metric, period, through))
                .map(figure -> new PartValue(part, period, new Measurement.Amount(
                        figure.value().orElseThrow().setScale(1, RoundingMode.HALF_UP)),
                        new Provenance.FromRecords(ScorecardTargets.SOURCE, List.of(new Provenance.Evidence(
                                period.key(), ScorecardTargets.KEY_PREFIX + "customer-satisfaction",
                                List.of(Metric.CUSTOMER_SATISFACTION, Integer.toString(figure.days()),
                                        through.toString()),
                                Optional.of(ScorecardTargets.route(period)))))));
    }

    /** The metric's figure over all units' days through {@code through}; none without a value. */
    private Optional<PeriodFigure> figure(Metric metric, Period period, LocalDate through) {
        var byMetric = actuals.totals(period.firstDay(), through.plusDays(1), ScorecardTargets.measured(List.of(metric)))
                .stream()
                .collect(Collectors.groupingBy(Actuals.UnitTotals::metric,
                        Collectors.mapping(Actuals.UnitTotals::totals, Collectors.toList())));
        var figure = PeriodFigure.of(metric, id -> DayTotals.across(byMetric.getOrDefault(id, List.of())));
        return figure.value().isPresent() ? Optional.of(figure) : Optional.empty();
    }
}
