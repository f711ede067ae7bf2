package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.InvalidValue;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

import static dev.opscharter.domain.appraisal.Direction.AT_LEAST;
import static dev.opscharter.domain.appraisal.Direction.AT_MOST;
import static dev.opscharter.domain.appraisal.Indicator.EFFICIENCY_IMPROVEMENT;
import static dev.opscharter.domain.appraisal.Indicator.RISK_CONTROL;
import static dev.opscharter.domain.appraisal.Indicator.SATISFACTION;
import static dev.opscharter.domain.appraisal.Indicator.TARGET_ATTAINMENT;
import static dev.opscharter.domain.appraisal.Indicator.TEAM_MANAGEMENT;

/**
 * Each part of each indicator's standard ("all parts must hold"), with what is fixed by its nature:
 * direction, unit, basis, the range a real figure can take, and whether it is a veto (一票否决)
 * part. The threshold itself is the director's, per year: {@link AppraisalStandards}; the charter's
 * figure is {@link #charterThreshold()}.
 */
public enum Part {
    CORE_TARGET_ATTAINMENT(TARGET_ATTAINMENT, AT_LEAST, "95", Unit.PERCENT, Basis.QUARTER, "0", null, false),
    KEY_INDICATORS_UNMET(TARGET_ATTAINMENT, AT_MOST, "0", Unit.COUNT, Basis.QUARTER, "0", null, true),
    EFFICIENCY_IMPROVEMENT_RATE(EFFICIENCY_IMPROVEMENT, AT_LEAST, "15", Unit.PERCENT, Basis.QUARTER, null, null, false),
    OPTIMIZATION_PROJECTS_LANDED(EFFICIENCY_IMPROVEMENT, AT_LEAST, "3", Unit.COUNT, Basis.YEAR, "0", null, false),
    CUSTOMER_SATISFACTION(SATISFACTION, AT_LEAST, "90", Unit.PERCENT, Basis.QUARTER, "0", "100", false),
    COLLABORATION_SATISFACTION(SATISFACTION, AT_LEAST, "85", Unit.PERCENT, Basis.QUARTER, "0", "100", false),
    MAJOR_COMPLAINT_RATE(SATISFACTION, AT_MOST, "0.5", Unit.PERCENT, Basis.QUARTER, "0", "100", false),
    TEAM_APPRAISAL_PASS_RATE(TEAM_MANAGEMENT, AT_LEAST, "90", Unit.PERCENT, Basis.QUARTER, "0", "100", false),
    CORE_STAFF_RETENTION(TEAM_MANAGEMENT, AT_LEAST, "85", Unit.PERCENT, Basis.QUARTER, "0", "100", false),
    TRAINING_PLAN_COMPLETION(TEAM_MANAGEMENT, AT_LEAST, "100", Unit.PERCENT, Basis.QUARTER, "0", null, false),
    RISK_INCIDENCE(RISK_CONTROL, AT_MOST, "2", Unit.PERCENT, Basis.QUARTER, "0", "100", false),
    INCIDENT_HANDLING_TIMELINESS(RISK_CONTROL, AT_LEAST, "100", Unit.PERCENT, Basis.QUARTER, "0", "100", false),
    MAJOR_ACCIDENTS(RISK_CONTROL, AT_MOST, "0", Unit.COUNT, Basis.QUARTER, "0", null, true);

    private static final BigDecimal LARGEST = new BigDecimal("1000000000");

    private final Indicator indicator;
    private final Direction direction;
    private final BigDecimal charterThreshold;
    private final Unit unit;
    private final Basis basis;
    private final @Nullable BigDecimal min;
    private final @Nullable BigDecimal max;
    private final boolean veto;

    Part(Indicator indicator, Direction direction, String threshold, Unit unit, Basis basis, @Nullable String min,
         @Nullable String max, boolean veto) {
        this.indicator = indicator;
        this.direction = direction;
        this.charterThreshold = new BigDecimal(threshold);
        this.unit = unit;
        this.basis = basis;
        this.min = min == null ? null : new BigDecimal(min);
        this.max = max == null ? null : new BigDecimal(max);
        this.veto = veto;
    }

    public Indicator indicator() {
        return indicator;
    }

    public Direction direction() {
        return direction;
    }

    public BigDecimal charterThreshold() {
        return charterThreshold;
    }

    public Unit unit() {
        return unit;
    }

    public Basis basis() {
        return basis;
    }

    public boolean veto() {
        return veto;
    }

    /**
     * Refuses a figure this part cannot take: a negative count, a fraction of a project, a
     * satisfaction over 100 %. Improvement and attainment rates may exceed 100 %; an improvement
     * may be negative.
     */
    public BigDecimal validate(BigDecimal value, String field) {
        if (unit == Unit.COUNT && value.stripTrailingZeros().scale() > 0) {
            throw new InvalidValue(field, "validation.value.whole-number");
        }
        if (min != null && value.compareTo(min) < 0) {
            throw new InvalidValue(field, "validation.value.at-least", min);
        }
        if (max != null && value.compareTo(max) > 0) {
            throw new InvalidValue(field, "validation.value.at-most", max);
        }
        return value;
    }

    /** A figure typed by a person: also at most 4 decimals and a sane size. */
    public BigDecimal validateEntered(BigDecimal value, String field) {
        if (value.stripTrailingZeros().scale() > 4 || value.abs().compareTo(LARGEST) >= 0) {
            throw new InvalidValue(field, "validation.value.precision");
        }
        return validate(value, field);
    }
}
