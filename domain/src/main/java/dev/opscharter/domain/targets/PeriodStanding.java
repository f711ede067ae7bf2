package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a unit's metric stands in a quarter or a year on a day: its figure to date, its attainment of the
 * period's target, and where it ends at this pace. Without a target for the period there is only the figure.
 *
 * @param through the last day the figure counts (the report's Sunday)
 */
public record PeriodStanding(Metric metric, Period period, LocalDate through, Optional<BigDecimal> target,
                             PeriodFigure toDate, Optional<Attainment> attainment, Optional<BigDecimal> projection,
                             Optional<Attainment> projectedAttainment) {

    public PeriodStanding {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(through, "through");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(toDate, "toDate");
    }

    public static PeriodStanding of(Metric metric, Period period, LocalDate through, Optional<BigDecimal> target,
                                    PeriodFigure toDate) {
        var projection = Projection.of(metric, toDate, period, through);
        return new PeriodStanding(metric, period, through, target, toDate,
                target.flatMap(value -> Attainment.of(toDate, value, metric.direction())),
                projection,
                target.flatMap(value -> projection.map(projected -> new Attainment(projected, value, metric.direction()))));
    }

    /** The period's last day is counted: the figure is final. */
    public boolean ended() {
        return !through.isBefore(period.lastDay());
    }

    /** A target that at this pace will be missed (or, once the period ended, was missed). */
    public boolean offPace() {
        return projectedAttainment.map(a -> !a.attained()).orElse(false);
    }

    /**
     * A key indicator not attained so far. A sum to date cannot be held against the whole period's target
     * before the period ends (its pace is {@link #offPace}); a mean, a last value or a ratio already is its
     * standing. Without data a key indicator counts as unmet once its period ended, as on the scorecard.
     */
    public boolean keyUnmet() {
        if (!metric.key() || target.isEmpty()) {
            return false;
        }
        if (!ended() && metric.aggregation() instanceof Aggregation.Sum) {
            return false;
        }
        return CoreTargets.unmet(List.of(attainment), ended()) == 1;
    }
}
