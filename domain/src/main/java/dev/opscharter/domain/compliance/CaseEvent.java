package dev.opscharter.domain.compliance;

import java.time.Instant;

/** One step event of a case as the business recorded it: which step, by which role, when. */
public record CaseEvent(String stepCode, String actorRole, Instant occurredAt) {
}
