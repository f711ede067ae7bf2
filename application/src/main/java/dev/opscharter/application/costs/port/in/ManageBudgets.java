package dev.opscharter.application.costs.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.costs.Budget;
import dev.opscharter.domain.costs.BudgetChange;
import dev.opscharter.domain.costs.BudgetChangeId;
import dev.opscharter.domain.costs.BudgetUse;
import dev.opscharter.domain.costs.CostType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Budgets per cost type and year. A change is requested by managers and directors ({@code MANAGE}) as a
 * work item of the charter's {@value #DUTY_TYPE}, which the charter reserves for Finance's sign-off; the
 * amount applies once that work item is done. Reading ({@code READ}) shows each type's spending against
 * the budget in force.
 */
public interface ManageBudgets {

    String DUTY_TYPE = "BUDGET_APPROVAL";

    BudgetChangeId request(RequestKey request, int year, CostType type, BigDecimal amount, String reason);

    /** One line per cost type, in the order of the types. */
    List<BudgetLine> use(int year);

    /** The year's change requests with their state, newest first. */
    List<Requested> changes(int year);

    /** @param pending the latest change still waiting for its sign-off */
    record BudgetLine(CostType type, Optional<Budget> budget, BigDecimal spent, Optional<BudgetChange> pending) {

        /** Spending against the budget; a type nobody budgeted has none. */
        public Optional<BudgetUse> use() {
            return budget.map(inForce -> inForce.use(spent));
        }
    }

    record Requested(BudgetChange change, BudgetChange.State state) {
    }
}
