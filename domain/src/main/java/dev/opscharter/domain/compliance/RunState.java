package dev.opscharter.domain.compliance;

/** Where a compliance check's latest run stands. */
public enum RunState {
    /** Asked for, waiting for the background job. */
    QUEUED,
    RUNNING,
    /** The latest run completed; its results are the check's. */
    DONE,
    /** The latest run failed; the results of the run before it (if any) still stand. */
    FAILED
}
