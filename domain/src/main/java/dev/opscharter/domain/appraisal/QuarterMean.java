package dev.opscharter.domain.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * The mean of quarterly percentages, kept as one exact fraction so that a threshold is compared
 * without rounding (as a single ratio is): each quarter is u/v (an entered 92.5 is 92.5/1, a
 * ratio n of d is 100·n/d), their sum is brought to one denominator, the mean divides it by the
 * number of quarters.
 */
record QuarterMean(BigDecimal numerator, BigDecimal denominator) {

    /** Empty when there is no quarter, or one has nothing to divide by. */
    static Optional<QuarterMean> of(List<Measurement> quarters) {
        if (quarters.isEmpty()) {
            return Optional.empty();
        }
        var numerator = BigDecimal.ZERO;
        var denominator = BigDecimal.ONE;
        for (var quarter : quarters) {
            BigDecimal u;
            BigDecimal v;
            switch (quarter) {
                case Measurement.Amount amount -> {
                    u = amount.value();
                    v = BigDecimal.ONE;
                }
                case Measurement.Ratio ratio -> {
                    if (ratio.denominator().signum() == 0) {
                        return Optional.empty();
                    }
                    u = ratio.numerator().multiply(Measurement.HUNDRED);
                    v = ratio.denominator();
                }
            }
            // a/b + u/v = (a·v + u·b) / (b·v): BigDecimal products are exact
            numerator = numerator.multiply(v).add(u.multiply(denominator));
            denominator = denominator.multiply(v);
        }
        return Optional.of(new QuarterMean(numerator, denominator.multiply(BigDecimal.valueOf(quarters.size()))));
    }

    BigDecimal figure() {
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }

    boolean meets(Direction direction, BigDecimal threshold) {
        return direction.holds(numerator, threshold.multiply(denominator));
    }
}
