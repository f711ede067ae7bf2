package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where a running period ends at its current pace ("at this pace: 93 % of target"). A sum grows with the
 * days, so the days so far are extrapolated to the whole period; a mean, a last value or a ratio is
 * already its own pace and projects itself. A finished period projects its actual; one not begun, nothing.
 */
public final class Projection {

    private Projection() {
    }

    /**
     * @param soFar   the figure over the period's days up to and including {@code through}
     * @param through the last day whose actuals are complete (yesterday, usually)
     */
    public static Optional<BigDecimal> of(Metric metric, PeriodFigure soFar, Period period, LocalDate through) {
        if (through.isBefore(period.firstDay()) || soFar.value().isEmpty()) {
            return Optional.empty();
        }
        var value = soFar.value().get();
        var last = period.endExclusive().minusDays(1);
        if (!through.isBefore(last) || !(metric.aggregation() instanceof Aggregation.Sum)) {
            return Optional.of(value);
        }
        long elapsed = ChronoUnit.DAYS.between(period.firstDay(), through) + 1;
        long total = ChronoUnit.DAYS.between(period.firstDay(), period.endExclusive());
        return Optional.of(value.multiply(BigDecimal.valueOf(total))
                .divide(BigDecimal.valueOf(elapsed), PeriodFigure.SCALE, RoundingMode.HALF_UP));
    }
}
