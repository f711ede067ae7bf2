package dev.opscharter.domain.risks;

/** Where a risk stands in the register. */
public enum RiskStatus {
    /** Watched: rated, controlled, its indicators recorded. */
    OPEN,
    /** Gone: the cause no longer exists. */
    CLOSED,
    /** Kept as it is: its level is tolerated, with no further measure. */
    ACCEPTED;

    public boolean isResolved() {
        return this != OPEN;
    }
}
