package dev.opscharter.domain.targets;

import java.math.BigDecimal;

/** Which way a metric improves: revenue up, order processing time down. */
public enum MetricDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** Inclusive: reaching the target exactly attains it. */
    public boolean attained(BigDecimal actual, BigDecimal target) {
        int comparison = actual.compareTo(target);
        return this == HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    }
}
