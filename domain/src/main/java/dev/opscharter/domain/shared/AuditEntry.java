package dev.opscharter.domain.shared;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One attributable change to business data: who, when, which entity, and what changed. The label
 * names the record in words (a person's name, a department's code) as it was at that moment, so an
 * auditor reads "黄蕾" rather than an id, also after the record was renamed.
 */
public record AuditEntry(UUID id, Instant occurredAt, String actor, String entityType, String entityId,
                         String entityLabel, AuditAction action, List<FieldChange> changes) {

    public AuditEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(occurredAt);
        actor = Require.text(actor, "actor", 80);
        entityType = Require.text(entityType, "entityType", 60);
        entityId = Require.text(entityId, "entityId", 80);
        entityLabel = entityLabel == null ? "" : entityLabel.strip();
        Objects.requireNonNull(action);
        changes = List.copyOf(changes);
    }

    /** An entry without a label, for records that have no better name than their id. */
    public AuditEntry(UUID id, Instant occurredAt, String actor, String entityType, String entityId,
                      AuditAction action, List<FieldChange> changes) {
        this(id, occurredAt, actor, entityType, entityId, "", action, changes);
    }

    /** An entry for a change from one snapshot to another; a creation has an empty "before". */
    public static AuditEntry of(Instant at, Actor actor, String entityType, String entityId, String entityLabel,
                                AuditAction action, Map<String, String> before, Map<String, String> after) {
        return new AuditEntry(UUID.randomUUID(), at, actor.name(), entityType, entityId, entityLabel, action,
                FieldChange.between(before, after));
    }

    public enum AuditAction {
        CREATE, UPDATE, DEACTIVATE, REACTIVATE, SIGN_IN_LOCKED, PASSWORD_RESET
    }

    /** A field whose value differs between two snapshots (values as shown to an auditor). */
    public record FieldChange(String field, String before, String after) {

        public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
            var fields = new LinkedHashMap<String, Boolean>();
            before.keySet().forEach(f -> fields.put(f, true));
            after.keySet().forEach(f -> fields.put(f, true));
            return fields.keySet().stream()
                    .filter(f -> !Objects.equals(before.getOrDefault(f, ""), after.getOrDefault(f, "")))
                    .map(f -> new FieldChange(f, before.getOrDefault(f, ""), after.getOrDefault(f, "")))
                    .toList();
        }
    }
}
