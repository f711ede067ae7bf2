package dev.opscharter.domain.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/** How much of a cost type's budget a period has spent: the share used and whether it is over. */
public record BudgetUse(CostType type, BigDecimal budget, BigDecimal spent) {

    public BudgetUse {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(spent, "spent");
    }

    /** Percent of the budget spent, one decimal; no budget, no share. */
    public Optional<BigDecimal> percentUsed() {
        return budget.signum() <= 0 ? Optional.empty()
                : Optional.of(spent.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP));
    }

    /** Spending anything beyond the budget is over it; reaching it exactly is not. */
    public boolean over() {
        return spent.compareTo(budget) > 0;
    }

    public BigDecimal remaining() {
        return budget.subtract(spent);
    }
}
