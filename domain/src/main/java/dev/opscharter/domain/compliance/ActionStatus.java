package dev.opscharter.domain.compliance;

/**
 * The lifecycle of a corrective action: open → in progress → submitted → verified → closed; the
 * manager may reopen a submitted, verified or closed action, which puts it back in progress.
 */
public enum ActionStatus {
    /** Assigned, not started yet. */
    OPEN,
    /** The owner is working on it (also after a reopening). */
    IN_PROGRESS,
    /** The owner says it is done: root cause and evidence handed in, waiting for the manager. */
    SUBMITTED,
    /** The manager checked the evidence and accepted it. */
    VERIFIED,
    CLOSED;

    /** Still in the owner's hands: the due date applies. */
    public boolean awaitsOwner() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
