package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.InvalidValue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A part's figure: a value as such (entered, or counted), or a ratio of two counts kept as its
 * numerator and denominator so that a zero denominator stays "no data" and comparisons stay exact.
 */
public sealed interface Measurement {

    /** The figure, in the part's unit; empty when there is nothing to divide by. */
    Optional<BigDecimal> figure();

    /** Whether the figure meets {@code threshold} read in {@code direction}; never true without a figure. */
    boolean meets(Direction direction, BigDecimal threshold);

    record Amount(BigDecimal value) implements Measurement {
        public Amount {
            Objects.requireNonNull(value);
        }

        @Override
        public Optional<BigDecimal> figure() {
            return Optional.of(value);
        }

        @Override
        public boolean meets(Direction direction, BigDecimal threshold) {
            return direction.holds(value, threshold);
        }
    }

    /** numerator ÷ denominator as a percentage, e.g. 19 of 20 core staff retained = 95 %. */
    record Ratio(BigDecimal numerator, BigDecimal denominator) implements Measurement {
        public Ratio {
            if (numerator.signum() < 0) {
                throw new InvalidValue("numerator", "validation.value.at-least", 0);
            }
            if (denominator.signum() < 0) {
                throw new InvalidValue("denominator", "validation.value.at-least", 0);
            }
        }

        public static Ratio of(long numerator, long denominator) {
            return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
        }

        @Override
        public Optional<BigDecimal> figure() {
            return denominator.signum() == 0 ? Optional.empty()
                    : Optional.of(numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64));
        }

        /** Compared without rounding: 100·n ≥ t·d, so 18 999 of 20 000 is 94.995 % and fails "≥ 95 %". */
        @Override
        public boolean meets(Direction direction, BigDecimal threshold) {
            return denominator.signum() != 0
                    && direction.holds(numerator.multiply(HUNDRED), threshold.multiply(denominator));
        }
    }

    BigDecimal HUNDRED = BigDecimal.valueOf(100);
}
