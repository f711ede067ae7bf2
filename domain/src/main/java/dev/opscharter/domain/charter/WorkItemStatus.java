package dev.opscharter.domain.charter;

public enum WorkItemStatus {
    /** Being worked on by Operations (its own work, its contribution, or the preparation of a reserved item). */
    OPEN,
    /** Handed to the owning department; its lead completes it. */
    HANDED_OVER,
    /** Prepared by Operations, waiting for the sign-off the charter requires. */
    AWAITING_SIGN_OFF,
    DONE,
    CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
