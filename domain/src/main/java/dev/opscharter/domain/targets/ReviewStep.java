package dev.opscharter.domain.targets;

/** What can be done next in a monthly review. */
public enum ReviewStep {
    /** Record or change the cause of a deviation. */
    EXPLAIN,
    /** Add an improvement measure to a deviation: it becomes a work item routed by the charter. */
    ADD_MEASURE,
    /** Close the review once every deviation has its cause and at least one measure. */
    CLOSE
}
