package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Require;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A target the month fell short of — its figure below the month's share of the target, or a key indicator
 * nobody recorded — with the cause the review found and the measures it decided.
 *
 * @param share   what the month had to reach ({@link MonthShare})
 * @param actual  the month's figure; none without data
 * @param percent the month's attainment of its share; none without data or where a percent has no meaning
 */
public record ReviewDeviation(BusinessUnitId unit, MetricId metric, Period targetPeriod, boolean key,
                              BigDecimal share, Optional<BigDecimal> actual, Optional<BigDecimal> percent,
                              Optional<String> cause, List<ReviewMeasure> measures) {

    public static final int MAX_CAUSE = 2_000;

    public ReviewDeviation {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(targetPeriod, "targetPeriod");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(percent, "percent");
        cause = cause.map(String::strip).filter(c -> !c.isEmpty());
        cause.ifPresent(c -> Require.text(c, "cause", MAX_CAUSE));
        measures = List.copyOf(measures);
    }

    /**
     * The deviation of the month from the target, if it is one: below the share in the metric's direction, or
     * no data for a key indicator (an unrecorded key indicator is not met). A metric without data that is no key
     * indicator is not a deviation: nobody can say it fell short.
     *
     * @param figure the metric's figure over the month's days
     */
    public static Optional<ReviewDeviation> of(Metric metric, Target target, YearMonth month, PeriodFigure figure) {
        var share = MonthShare.of(metric, target, month);
        var attainment = Attainment.of(figure, share, metric.direction());
        boolean deviates = attainment.map(a -> !a.attained()).orElse(metric.key());
        if (!deviates) {
            return Optional.empty();
        }
        return Optional.of(new ReviewDeviation(target.unit(), metric.id(), target.period(), metric.key(), share,
                figure.value(), attainment.flatMap(Attainment::percent), Optional.empty(), List.of()));
    }

    public boolean is(BusinessUnitId unit, MetricId metric) {
        return this.unit.equals(unit) && this.metric.equals(metric);
    }

    /** Explained and with at least one measure: ready for the review to close. */
    public boolean settled() {
        return cause.isPresent() && !measures.isEmpty();
    }

    ReviewDeviation explained(String cause) {
        var text = Require.text(cause, "cause", MAX_CAUSE);
        return new ReviewDeviation(unit, metric, targetPeriod, key, share, actual, percent, Optional.of(text), measures);
    }

    ReviewDeviation measured(ReviewMeasure measure) {
        var next = new ArrayList<>(measures);
        next.add(measure);
        return new ReviewDeviation(unit, metric, targetPeriod, key, share, actual, percent, cause, next);
    }
}
