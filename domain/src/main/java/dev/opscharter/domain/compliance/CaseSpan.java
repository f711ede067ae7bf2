package dev.opscharter.domain.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A case's first to last event of a defined step: what {@code CASE_LATE} measures (SPEC §4), and the
 * span a check shows for the case. Events of steps the version does not define are outside it.
 */
public record CaseSpan(Instant from, Instant to) {

    public CaseSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a case span ends before it starts: " + from + " – " + to);
        }
    }

    /** Wall-clock time, as shown; the rule itself counts in the version's basis. */
    public Duration duration() {
        return Duration.between(from, to);
    }
}
