package dev.opscharter.application.compliance.port.out;

import dev.opscharter.domain.compliance.CheckId;

import java.util.Optional;

/**
 * Runs a check in the background (JobRunr in production), after the caller's transaction committed,
 * on behalf of the user who asked for it.
 */
public interface CheckScheduler {

    /** @param requestedBy the user name the background run acts as (its roles are read again then) */
    void enqueue(CheckId check, String requestedBy);

    /** Who asked for the check's run that is queued or running in the background; empty if none is. */
    Optional<String> requestedBy(CheckId check);
}
