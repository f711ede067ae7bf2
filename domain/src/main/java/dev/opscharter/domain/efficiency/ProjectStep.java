package dev.opscharter.domain.efficiency;

/** What can be done next to an optimization project. */
public enum ProjectStep {
    EDIT,
    MEASURE,
    START,
    ACCEPT,
    CANCEL
}
