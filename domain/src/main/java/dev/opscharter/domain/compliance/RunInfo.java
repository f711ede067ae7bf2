package dev.opscharter.domain.compliance;

import java.time.Instant;
import java.util.UUID;

/**
 * One run of a compliance check.
 *
 * @param checkedAt the check time (unfinished cases are late when their limit passed by then)
 * @param startedBy who ran it ("system" for the quarterly job)
 */
public record RunInfo(UUID run, Instant startedAt, Instant checkedAt, Instant finishedAt, String startedBy,
                      long events) {
}
