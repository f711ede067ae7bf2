package dev.opscharter.domain.appraisal;

import java.math.BigDecimal;

/** Which way a standard reads: "≥ 95 %" (higher is better) or "≤ 0.5 %" (lower is better). */
public enum Direction {
    AT_LEAST("≥"),
    AT_MOST("≤");

    private final String symbol;

    Direction(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Inclusive, as the charter writes it: 95.00 meets "≥ 95", 0.50 meets "≤ 0.5". */
    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int comparison = value.compareTo(threshold);
        return this == AT_LEAST ? comparison >= 0 : comparison <= 0;
    }
}
