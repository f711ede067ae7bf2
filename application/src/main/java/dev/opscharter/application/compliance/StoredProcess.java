package dev.opscharter.application.compliance;

import java.time.Instant;

/** @param firstAt the earliest event, {@code lastAt} the latest */
public record StoredProcess(String processCode, long cases, long events, Instant firstAt, Instant lastAt) {
}
