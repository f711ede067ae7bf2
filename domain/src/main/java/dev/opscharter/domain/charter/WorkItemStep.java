package dev.opscharter.domain.charter;

/** What someone may do next to a work item; {@link WorkItem#allowedSteps} says which and whether blocked. */
public enum WorkItemStep {
    COMPLETE,
    REQUEST_SIGN_OFF,
    APPROVE,
    REJECT,
    CANCEL
}
