package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.targets.MetricDirection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How much an efficiency indicator improved from its baseline, in the direction that is better: per-capita
 * output up from 40 to 48 is +20 %; order processing time down from 5 h to 4 h is +20 % too. A worse value
 * is a negative improvement. No baseline above zero, no percent: there is nothing to improve relative to.
 */
public record Improvement(BigDecimal baseline, BigDecimal after, MetricDirection direction) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Improvement {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(direction, "direction");
    }

    /** Percent, one decimal, half up. */
    public Optional<BigDecimal> percent() {
        if (baseline.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(gain().multiply(HUNDRED).divide(baseline, 1, RoundingMode.HALF_UP));
    }

    /** Whether it improved by at least {@code expected} percent (inclusive, on the unrounded figure). */
    public boolean reaches(BigDecimal expected) {
        return baseline.signum() > 0 && gain().multiply(HUNDRED).compareTo(expected.multiply(baseline)) >= 0;
    }

    /** The change in the better direction. */
    private BigDecimal gain() {
        return direction == MetricDirection.HIGHER_IS_BETTER ? after.subtract(baseline) : baseline.subtract(after);
    }
}
