package dev.opscharter.application.efficiency.port.out;

import dev.opscharter.domain.efficiency.WindowDurations;

import java.time.Instant;
import java.util.Optional;

/**
 * The durations of the cases the compliance context keeps in its execution records, read only: a case lasts
 * from its first event to its last.
 */
public interface CaseDurations {

    /**
     * The cases of {@code processCode} whose first event falls in [from, until): how many, the median and the
     * 90th percentile of their durations, interpolated as {@code percentile_cont}; empty without such a case.
     */
    Optional<WindowDurations> startedBetween(String processCode, Instant from, Instant until);

    /** Whether the process has any case at all: whether its projects can be measured. */
    boolean hasRecords(String processCode);
}
