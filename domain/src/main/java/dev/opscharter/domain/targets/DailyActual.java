package dev.opscharter.domain.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What a business unit achieved on one day in one metric: one per unit, metric and day. */
public record DailyActual(BusinessUnitId unit, MetricId metric, LocalDate day, BigDecimal value) {

    /** The most digits a stored value has before the point (stores keep {@code numeric(20, 6)}). */
    public static final int INTEGER_DIGITS = 14;
    /** The most digits a stored value has after the point. */
    public static final int FRACTION_DIGITS = 6;

    public DailyActual {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Whether a store keeps {@code value} exactly: at most {@value #INTEGER_DIGITS} digits before the point
     * and {@value #FRACTION_DIGITS} after it, trailing zeros aside. An import checks this before storing.
     */
    public static boolean fits(BigDecimal value) {
        var digits = value.stripTrailingZeros();
        return digits.scale() <= FRACTION_DIGITS && digits.precision() - digits.scale() <= INTEGER_DIGITS;
    }
}
