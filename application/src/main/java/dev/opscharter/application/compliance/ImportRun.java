package dev.opscharter.application.compliance;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One import. The counts are those of a DONE import (zero otherwise).
 *
 * @param instance the application instance that ran it
 */
public record ImportRun(UUID id, String fileName, String startedBy, Instant startedAt, ImportState state,
                        Instant heartbeatAt, String instance, Optional<Instant> finishedAt, Optional<String> failure,
                        long received, long added, long alreadyStored) {
}
