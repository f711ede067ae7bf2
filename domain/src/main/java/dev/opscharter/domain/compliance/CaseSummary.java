package dev.opscharter.domain.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One judged case in short.
 *
 * @param version    the process version it was judged against
 * @param firstEvent the case's first event, of any step: it decides the period and the version
 * @param lastEvent  the case's last event, of any step
 * @param span       its first to last event of a defined step, as {@code CASE_LATE} measures it; empty for
 *                   a case without any event of a defined step
 */
public record CaseSummary(String processCode, String caseId, int version, Instant firstEvent, Instant lastEvent,
                          Optional<CaseSpan> span, int events, int deviations, List<DeviationType> types) {

    public CaseSummary {
        types = List.copyOf(types);
    }

    /** The span's length, zero without one: for ordering cases, where "no span" is the shortest. */
    public Duration spanOrZero() {
        return span.isPresent() ? span.get().duration() : Duration.ZERO;
    }
}
