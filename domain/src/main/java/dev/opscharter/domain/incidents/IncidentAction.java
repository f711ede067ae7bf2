package dev.opscharter.domain.incidents;

/** What can be done next to an incident. */
public enum IncidentAction {
    /** Record the next of the four steps, done now. */
    DO_STEP,
    /** Rule whether the incident is a major operational accident (the director's). */
    RULE
}
