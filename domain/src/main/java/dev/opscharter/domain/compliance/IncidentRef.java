package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Require;

import java.util.Objects;
import java.util.UUID;

/**
 * Names the incident whose post-mortem raised a follow-up action: a value, as {@link FindingRef} is, so the
 * rectification stays loosely coupled to the incidents (which name their follow-ups by action id).
 *
 * @param periodKey the quarter the incident was reported in, {@link Period#key()} form
 */
public record IncidentRef(UUID incidentId, String periodKey) implements ActionOrigin {

    public IncidentRef {
        Objects.requireNonNull(incidentId, "incidentId");
        periodKey = Period.parse(Require.text(periodKey, "period", 16)).key();
    }
}
