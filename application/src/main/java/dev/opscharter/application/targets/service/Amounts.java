package dev.opscharter.application.targets.service;

import java.math.BigDecimal;

/**
 * The values a target or a day may take: what the store keeps exactly (numeric(20,6)), 14 digits before
 * the point and 6 after. A value beyond is a typing or export mistake, refused rather than rounded.
 */
final class Amounts {

    static final int INTEGER_DIGITS = 14;
    static final int DECIMALS = 6;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(INTEGER_DIGITS);

    private Amounts() {
    }

    static boolean fits(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= DECIMALS && value.abs().compareTo(LIMIT) < 0;
    }
}
