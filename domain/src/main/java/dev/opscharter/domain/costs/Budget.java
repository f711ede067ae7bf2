package dev.opscharter.domain.costs;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A cost type's budget for a year: the amount of the latest approved change, and its version (how many
 * changes were approved). A year nobody budgeted has no budget, not a budget of 0.
 */
public record Budget(int year, CostType type, BigDecimal amount, int version) {

    public Budget {
        year = Months.year(year);
        Objects.requireNonNull(type, "type");
        amount = Amounts.checked(amount, "amount");
    }

    /** The budget in force from the year's changes of this type and the state of each. */
    public static Optional<Budget> inForce(int year, CostType type, List<BudgetChange> changes,
                                           Function<BudgetChange, BudgetChange.State> state) {
        var approved = changes.stream()
                .filter(change -> change.year() == year && change.type() == type)
                .filter(change -> state.apply(change) == BudgetChange.State.APPROVED)
                .sorted(Comparator.comparing(BudgetChange::requestedAt))
                .toList();
        return approved.isEmpty() ? Optional.empty()
                : Optional.of(new Budget(year, type, approved.getLast().amount(), approved.size()));
    }

    public BudgetUse use(BigDecimal spent) {
        return new BudgetUse(type, amount, spent);
    }
}
