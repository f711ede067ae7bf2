package dev.opscharter.domain.incidents;

import java.time.Duration;
import java.util.Optional;

/**
 * How one step of an incident stands against its limit: done in time, done late, still within its limit, overdue,
 * or not started (the step before it is not done, so its clock has not started).
 *
 * @param took the time the step took, or has taken so far; none before its clock started
 */
public record StepTiming(IncidentStep step, State state, Optional<Duration> took, Duration limit) {

    public enum State {
        ON_TIME,
        LATE,
        RUNNING,
        OVERDUE,
        NOT_STARTED;

        /** Late whether done or not: escalated while open, counted against timeliness either way. */
        public boolean late() {
            return this == LATE || this == OVERDUE;
        }
    }
}
