package dev.opscharter.domain.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The return on a channel's cost in a month: revenue attributed to the channel ÷ its cost, two decimals.
 * Below 1 the channel brings in less than it costs and needs a decision (stop or optimize). A month
 * without cost has no ratio — nothing was spent, so there is nothing to return on.
 */
public record Roi(BigDecimal revenue, BigDecimal cost) {

    public static final BigDecimal BREAK_EVEN = BigDecimal.ONE;

    public Roi {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(cost, "cost");
        if (revenue.signum() < 0 || cost.signum() < 0) {
            throw new IllegalArgumentException("revenue and cost are never negative: " + revenue + ", " + cost);
        }
    }

    public Optional<BigDecimal> value() {
        return cost.signum() == 0 ? Optional.empty()
                : Optional.of(revenue.divide(cost, 2, RoundingMode.HALF_UP));
    }

    /** Compared unrounded: 0.999 returns less than it costs even though it shows as 1.00. */
    public boolean belowBreakEven() {
        return cost.signum() > 0 && revenue.compareTo(cost) < 0;
    }
}
