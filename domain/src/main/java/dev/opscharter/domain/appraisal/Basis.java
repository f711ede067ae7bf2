package dev.opscharter.domain.appraisal;

/** The period a part is judged on. */
public enum Basis {
    /** Judged on each quarter and on the year. */
    QUARTER,
    /** Judged on the year only (e.g. "≥ 3 projects per year"); a quarter shows year-to-date progress. */
    YEAR
}
