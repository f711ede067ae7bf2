package dev.opscharter.application.compliance.port.in;

import dev.opscharter.domain.compliance.CheckId;

import java.util.Optional;

/**
 * Who asked for a check's run that waits in the background or runs there, so that a queued check
 * names its requester rather than whoever ran it last.
 */
public interface CheckRequests {

    /**
     * The user name of who asked for the check's run now queued or running; empty when no run asked
     * for by a user waits or runs (the quarterly schedule's runs are not asked for by anyone).
     */
    Optional<String> requestedBy(CheckId check);
}
