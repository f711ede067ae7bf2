package dev.opscharter.adapters.persistence.compliance;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A row of {@code corrective_action_event}: one step of an action's history. */
@Table("corrective_action_event")
record CorrectiveActionEventRow(Instant occurredAt, String byUser, String kind, String remark) {
}
