package dev.opscharter.domain.costs;

import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.shared.Require;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A request to set a cost type's budget for a year. The charter reserves budget approval for Finance,
 * so the request is a work item; its amount applies once that work item is done, and never if it is
 * cancelled. The state is the work item's, read when asked, never copied.
 */
public record BudgetChange(BudgetChangeId id, int year, CostType type, BigDecimal amount, String reason,
                           String requestedBy, Instant requestedAt, WorkItemId workItem) {

    public static final int MAX_REASON = 1_000;

    public enum State {
        /** Waiting for Finance's sign-off (or for Operations to ask for it). */
        PENDING,
        /** Signed off: the amount is the budget. */
        APPROVED,
        /** Cancelled: the amount never applies. */
        WITHDRAWN;

        public static State of(WorkItemStatus status) {
            return switch (status) {
                case DONE -> APPROVED;
                case CANCELLED -> WITHDRAWN;
                case OPEN, HANDED_OVER, AWAITING_SIGN_OFF -> PENDING;
            };
        }
    }

    public BudgetChange {
        Objects.requireNonNull(id, "id");
        year = Months.year(year);
        Require.present(type, "type");
        amount = Amounts.checked(amount, "amount");
        reason = Require.text(reason, "reason", MAX_REASON);
        requestedBy = Require.text(requestedBy, "requestedBy", 100);
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(workItem, "workItem");
    }

    public static BudgetChange request(int year, CostType type, BigDecimal amount, String reason, String by,
                                       Instant at, WorkItemId workItem) {
        return new BudgetChange(BudgetChangeId.random(), year, type, amount, reason, by, at, workItem);
    }
}
