package dev.opscharter.domain.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One judged case in short.
 *
 * @param version the process version it was judged against
 */
public record CaseSummary(String processCode, String caseId, int version, Instant firstEvent, Instant lastEvent,
                          int events, int deviations, List<DeviationType> types) {

    public CaseSummary {
        types = List.copyOf(types);
    }

    public Duration span() {
        return Duration.between(firstEvent, lastEvent);
    }
}
