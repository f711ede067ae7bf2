package dev.opscharter.domain.appraisal;

/** What a part's figure counts. */
public enum Unit {
    /** A percentage, 95 meaning 95 %. */
    PERCENT,
    /** A whole number of things: projects, key indicators unmet, major accidents. */
    COUNT
}
