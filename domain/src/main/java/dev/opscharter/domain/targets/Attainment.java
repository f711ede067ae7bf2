package dev.opscharter.domain.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How far an actual reaches its target, the metric's direction respected: actual ÷ target when higher is
 * better, target ÷ actual when lower is better, as a percent with one decimal. Where that division has no
 * meaning (a zero or negative denominator, a negative value) there is no percent, but whether the target
 * is attained is still decided: no complaint against a target of two is attained.
 */
public record Attainment(BigDecimal actual, BigDecimal target, MetricDirection direction) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Attainment {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
    }

    /** The attainment of a period's figure, or none when the figure has no data. */
    public static Optional<Attainment> of(PeriodFigure figure, BigDecimal target, MetricDirection direction) {
        return figure.value().map(actual -> new Attainment(actual, target, direction));
    }

    public boolean attained() {
        return direction.attained(actual, target);
    }

    public Optional<BigDecimal> percent() {
        var above = direction == MetricDirection.HIGHER_IS_BETTER ? actual : target;
        var below = direction == MetricDirection.HIGHER_IS_BETTER ? target : actual;
        if (below.signum() <= 0 || above.signum() < 0) {
            return Optional.empty();
        }
        return Optional.of(above.multiply(HUNDRED).divide(below, 1, RoundingMode.HALF_UP));
    }

    /** The percent at most 100: one target beaten by far does not make up for another one missed. */
    public Optional<BigDecimal> cappedPercent() {
        return percent().map(p -> p.min(HUNDRED.setScale(1)));
    }
}
