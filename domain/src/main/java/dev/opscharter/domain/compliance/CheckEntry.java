package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.Period;

import java.time.Instant;
import java.util.Optional;

/**
 * A check as the list shows it.
 *
 * @param process   empty: every process
 * @param overall   of the current results; empty before the first completed run
 * @param failure   why the latest run failed
 */
public record CheckEntry(CheckId id, Period period, Optional<ProcessCode> process, RunState state, boolean closed,
                         Optional<Rate> overall, Optional<Instant> lastRunAt, Optional<String> lastRunBy,
                         Optional<String> failure, Optional<Instant> closedAt, Optional<String> closedBy) {
}
