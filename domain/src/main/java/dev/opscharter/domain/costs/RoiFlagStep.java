package dev.opscharter.domain.costs;

/** What can be done to a flagged channel month. */
public enum RoiFlagStep {
    /** Record the stop-or-optimize decision. */
    DECIDE
}
