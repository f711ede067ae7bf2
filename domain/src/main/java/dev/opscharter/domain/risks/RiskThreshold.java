package dev.opscharter.domain.risks;

import dev.opscharter.domain.shared.InvalidValue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When a key risk indicator's figure breaches: strictly above a limit ("supplier late-delivery rate > 10 %": 10 % is
 * not a breach, 10.01 % is) or strictly below one ("stock cover < 5 days"). The limit itself holds, as the charter
 * writes its thresholds.
 */
public record RiskThreshold(Side side, BigDecimal limit) {

    public enum Side {
        /** Breached by a figure greater than the limit. */
        ABOVE,
        /** Breached by a figure less than the limit. */
        BELOW
    }

    public RiskThreshold {
        Objects.requireNonNull(side, "side");
        if (limit == null) {
            throw new InvalidValue("limit", "validation.required");
        }
    }

    public boolean breachedBy(BigDecimal figure) {
        int order = figure.compareTo(limit);
        return side == Side.ABOVE ? order > 0 : order < 0;
    }
}
