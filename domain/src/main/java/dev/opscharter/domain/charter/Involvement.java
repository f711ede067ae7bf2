package dev.opscharter.domain.charter;

/** How Operations stands to a duty of its charter. */
public enum Involvement {
    /** Operations owns the duty and does it. */
    OWN,
    /** Another department leads; Operations contributes ("需参与而非主导"). */
    PARTICIPATE,
    /** Outside Operations' boundary ("不含"): the work belongs to the department the line names. */
    EXCLUDED
}
