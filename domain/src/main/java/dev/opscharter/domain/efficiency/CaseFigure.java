package dev.opscharter.domain.efficiency;

/** A figure of case durations measured from the execution records: the median or the 90th percentile. */
public enum CaseFigure {
    MEDIAN,
    P90
}
