package dev.opscharter.domain.compliance;

/** The deviations of SPEC §4, in the order the rules are listed there. */
public enum DeviationType {
    STEP_SKIPPED,
    OUT_OF_ORDER,
    WRONG_ROLE,
    STEP_LATE,
    CASE_LATE,
    UNKNOWN_STEP
}
