package dev.opscharter.application.compliance.port.in;

/**
 * Finds the runs a crash interrupted — still marked RUNNING, but whoever ran them is gone (nobody
 * holds their lock, or their heartbeat stopped) — and marks them FAILED with the reason, leaving
 * the results before them as they were. Run at every start and every minute, by the system.
 */
public interface RecoverInterruptedRuns {

    /** @return how many runs were found interrupted and marked FAILED */
    int recoverInterrupted();
}
