package dev.opscharter.adapters.persistence.compliance;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code corrective_action} — a check's finding (process, deviation type, step) or the incident whose
 * post-mortem raised it — with its evidence ids ({@code corrective_action_evidence}) and
 * its history ({@code corrective_action_event}), both in order (the list index is {@code position}).
 */
@Table("corrective_action")
record CorrectiveActionRow(@Id UUID id, @Nullable UUID checkId, String periodKey, @Nullable String processCode,
                           @Nullable String deviationType, @Nullable String stepCode, @Nullable UUID incidentId, String findingDescription, int caseCount,
                           String title, String owner, LocalDate dueOn, String rootCause, String note, String status,
                           String assignedBy, Instant createdAt,
                           @MappedCollection(idColumn = "corrective_action_id", keyColumn = "position")
                           List<CorrectiveActionEvidenceRow> evidence,
                           @MappedCollection(idColumn = "corrective_action_id", keyColumn = "position")
                           List<CorrectiveActionEventRow> events,
                           @Version long version) {
}
