package dev.opscharter.domain.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A metric's figure over a period, aggregated from the days that have a value, with how many days it
 * rests on. No day, or a ratio whose denominator adds up to 0, is no data — never 0.
 */
public record PeriodFigure(Optional<BigDecimal> value, int days) {

    /** Digits kept after the point by a mean or a ratio; sums and last values keep their own. */
    public static final int SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final PeriodFigure NO_DATA = new PeriodFigure(Optional.empty(), 0);

    /**
     * @param days the period's day values of a metric (a ratio asks for its numerator's and denominator's);
     *             values of days outside the period must not be among them
     */
    public static PeriodFigure ofDays(Metric metric, Function<MetricId, List<DailyActual>> days) {
        return of(metric, id -> DayTotals.of(days.apply(id)));
    }

    /** @param totals the totals of the period's days of a metric; none where it has no day in the period */
    public static PeriodFigure of(Metric metric, Function<MetricId, Optional<DayTotals>> totals) {
        return switch (metric.aggregation()) {
            case Aggregation.Sum() -> totals.apply(metric.id())
                    .map(own -> new PeriodFigure(Optional.of(own.sum()), own.days())).orElse(NO_DATA);
            case Aggregation.Average() -> totals.apply(metric.id()).map(own -> new PeriodFigure(Optional.of(
                    own.sum().divide(BigDecimal.valueOf(own.days()), SCALE, RoundingMode.HALF_UP)), own.days()))
                    .orElse(NO_DATA);
            case Aggregation.Last() -> totals.apply(metric.id())
                    .map(own -> new PeriodFigure(Optional.of(own.lastValue()), own.days())).orElse(NO_DATA);
            case Aggregation.Ratio(var numerator, var denominator) -> ratio(metric, totals.apply(numerator),
                    totals.apply(denominator));
        };
    }

    public boolean hasData() {
        return value.isPresent();
    }

    private static PeriodFigure ratio(Metric metric, Optional<DayTotals> numerator, Optional<DayTotals> denominator) {
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.get().sum().signum() == 0) {
            return NO_DATA;
        }
        var above = numerator.get().sum();
        if (metric.unit() == MetricUnit.PERCENT) {
            above = above.multiply(HUNDRED);
        }
        return new PeriodFigure(Optional.of(above.divide(denominator.get().sum(), SCALE, RoundingMode.HALF_UP)),
                Math.max(numerator.get().days(), denominator.get().days()));
    }
}
