package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One efficiency indicator of a project ("order processing time", "orders per person and day"): which way is
 * better, its baseline and its value after the project, typed or measured from the execution records.
 * {@code core} marks the indicators the project was undertaken for: they make the scorecard's "core
 * efficiency improvement".
 */
public record EfficiencyIndicator(String name, MetricUnit unit, MetricDirection direction, boolean core,
                                  Optional<BigDecimal> baseline, Optional<BigDecimal> after,
                                  Optional<Measured> measured) {

    public static final int MAX_NAME = 120;
    /** The improvement the screen marks as reaching the scorecard's standard. */
    public static final BigDecimal NOTABLE = new BigDecimal("15");
    private static final BigDecimal LARGEST = new BigDecimal("1000000000");

    public EfficiencyIndicator {
        name = Require.text(name, "name", MAX_NAME);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        baseline = baseline.map(v -> check(v, "baseline"));
        after = after.map(v -> check(v, "after"));
        Objects.requireNonNull(measured, "measured");
    }

    /** Typed by a person. */
    public static EfficiencyIndicator typed(String name, MetricUnit unit, MetricDirection direction, boolean core,
                                            Optional<BigDecimal> baseline, Optional<BigDecimal> after) {
        return new EfficiencyIndicator(name, unit, direction, core, baseline, after, Optional.empty());
    }

    /** Measured from the execution records: a case duration in hours, lower is better. */
    public static EfficiencyIndicator measured(String name, boolean core, WindowDurations before,
                                               WindowDurations after, Measured how) {
        return new EfficiencyIndicator(name, MetricUnit.HOURS, MetricDirection.LOWER_IS_BETTER, core,
                Optional.of(before.hours(how.figure())), Optional.of(after.hours(how.figure())), Optional.of(how));
    }

    /** The improvement once both values are known. */
    public Optional<Improvement> improvement() {
        return baseline.flatMap(b -> after.map(a -> new Improvement(b, a, direction)));
    }

    public boolean isComplete() {
        return baseline.isPresent() && after.isPresent();
    }

    /** Reaches the scorecard's 15 %. */
    public boolean isNotable() {
        return improvement().map(i -> i.reaches(NOTABLE)).orElse(false);
    }

    /** A value of an indicator, benchmark or tool: not negative, at most 4 decimals, kept without trailing zeros. */
    static BigDecimal check(BigDecimal value, String field) {
        if (value.signum() < 0) {
            throw new InvalidValue(field, "validation.value.at-least", 0);
        }
        var plain = value.stripTrailingZeros();
        if (plain.scale() > 4 || value.compareTo(LARGEST) >= 0) {
            throw new InvalidValue(field, "validation.value.precision");
        }
        // 4.50 and 4.5 are one value: a stored value reads back equal to the one saved
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
