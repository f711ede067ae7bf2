package dev.opscharter.domain.compliance;

/** What someone may do next to a corrective action; {@link CorrectiveAction#allowedSteps} says which and whether blocked. */
public enum ActionStep {
    START,
    RECORD_ROOT_CAUSE,
    ATTACH_EVIDENCE,
    SUBMIT,
    VERIFY,
    CLOSE,
    REOPEN,
    REASSIGN
}
