package dev.opscharter.domain.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * What a month must reach of a quarter's or a year's target for the monthly review: a sum's target is
 * spread over the period's days (a quarter of 91 days gives January 31/91 of it); a mean, a last value or
 * a ratio holds for every month as it is.
 */
public final class MonthShare {

    private MonthShare() {
    }

    /** @throws IllegalArgumentException when the month is not in the target's period */
    public static BigDecimal of(Metric metric, Target target, YearMonth month) {
        var period = target.period();
        if (!period.contains(month.atDay(1))) {
            throw new IllegalArgumentException(month + " is not in " + period.key());
        }
        if (!(metric.aggregation() instanceof Aggregation.Sum)) {
            return target.value();
        }
        long days = ChronoUnit.DAYS.between(period.firstDay(), period.endExclusive());
        return target.value().multiply(BigDecimal.valueOf(month.lengthOfMonth()))
                .divide(BigDecimal.valueOf(days), PeriodFigure.SCALE, RoundingMode.HALF_UP);
    }
}
