package dev.opscharter.adapters.persistence.compliance;

import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

/** A row of {@code corrective_action_evidence}: the action id and position are Spring Data's back reference and key. */
@Table("corrective_action_evidence")
record CorrectiveActionEvidenceRow(UUID attachmentId) {
}
