package dev.opscharter.domain.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

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
    public static PeriodFigure of(Metric metric, Function<MetricId, List<DailyActual>> days) {
        var own = days.apply(metric.id());
        return switch (metric.aggregation()) {
            case Aggregation.Sum() -> own.isEmpty() ? NO_DATA : new PeriodFigure(Optional.of(sum(own)), own.size());
            case Aggregation.Average() -> own.isEmpty() ? NO_DATA : new PeriodFigure(Optional.of(
                    sum(own).divide(BigDecimal.valueOf(own.size()), SCALE, RoundingMode.HALF_UP)), own.size());
            case Aggregation.Last() -> own.stream().max(Comparator.comparing(DailyActual::day))
                    .map(last -> new PeriodFigure(Optional.of(last.value()), own.size())).orElse(NO_DATA);
            case Aggregation.Ratio(var numerator, var denominator) -> ratio(metric, days.apply(numerator),
                    days.apply(denominator));
        };
    }

    public boolean hasData() {
        return value.isPresent();
    }

    private static PeriodFigure ratio(Metric metric, List<DailyActual> numerator, List<DailyActual> denominator) {
        var below = sum(denominator);
        if (numerator.isEmpty() || below.signum() == 0) {
            return NO_DATA;
        }
        var above = metric.unit() == MetricUnit.PERCENT ? sum(numerator).multiply(HUNDRED) : sum(numerator);
        int days = (int) Stream.concat(numerator.stream(), denominator.stream())
                .map(DailyActual::day).distinct().count();
        return new PeriodFigure(Optional.of(above.divide(below, SCALE, RoundingMode.HALF_UP)), days);
    }

    private static BigDecimal sum(List<DailyActual> days) {
        return days.stream().map(DailyActual::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
