package dev.opscharter.application.compliance;

/** Where an import of execution records stands. */
public enum ImportState {
    RUNNING, DONE, FAILED
}
