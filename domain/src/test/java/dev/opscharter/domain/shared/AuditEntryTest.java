package dev.opscharter.domain.shared;

import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-04-01T01:30:00Z");

    @Test
    void only_the_fields_that_changed_are_listed() {
        var before = ordered("code", "FIN", "nameEn", "Finance", "active", "true");
        var after = ordered("code", "FIN", "nameEn", "Finance & Accounting", "active", "true");

        assertThat(FieldChange.between(before, after))
                .containsExactly(new FieldChange("nameEn", "Finance", "Finance & Accounting"));
    }

    @Test
    void a_creation_from_an_empty_snapshot_lists_every_field_with_an_empty_before() {
        var after = ordered("code", "FIN", "nameEn", "Finance", "active", "true");

        assertThat(FieldChange.between(Map.of(), after)).containsExactly(
                new FieldChange("code", "", "FIN"),
                new FieldChange("nameEn", "", "Finance"),
                new FieldChange("active", "", "true"));
    }

    @Test
    void a_field_that_disappears_is_listed_with_an_empty_after() {
        assertThat(FieldChange.between(Map.of("note", "keep"), Map.of()))
                .containsExactly(new FieldChange("note", "keep", ""));
    }

    @Test
    void identical_snapshots_have_no_changes() {
        var snapshot = ordered("code", "FIN", "nameEn", "Finance");

        assertThat(FieldChange.between(snapshot, new LinkedHashMap<>(snapshot))).isEmpty();
        assertThat(FieldChange.between(Map.of(), Map.of())).isEmpty();
    }

    @Test
    void changes_follow_the_order_of_the_before_snapshot_then_the_new_fields() {
        var before = ordered("b", "1", "a", "1");
        var after = ordered("c", "2", "a", "2", "b", "2");

        assertThat(FieldChange.between(before, after)).extracting(FieldChange::field).containsExactly("b", "a", "c");
    }

    @Test
    void a_field_that_is_empty_on_both_sides_as_an_auditor_sees_it_is_not_a_change() {
        var after = ordered("name", "Li Wei", "leftOn", "");

        assertThat(FieldChange.between(Map.of(), after)).containsExactly(new FieldChange("name", "", "Li Wei"));
    }

    @Test
    void an_entry_names_the_actor_the_entity_the_action_and_the_changes() {
        var actor = Actor.user("admin", Set.of(Role.ADMIN));

        var entry = AuditEntry.of(AT, actor, "Department", "42", " FINANCE ", AuditAction.UPDATE,
                Map.of("nameEn", "Finance"), Map.of("nameEn", "Treasury"));

        assertThat(entry.id()).isNotNull();
        assertThat(entry.occurredAt()).isEqualTo(AT);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.entityType()).isEqualTo("Department");
        assertThat(entry.entityId()).isEqualTo("42");
        assertThat(entry.entityLabel()).isEqualTo("FINANCE");
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.changes()).containsExactly(new FieldChange("nameEn", "Finance", "Treasury"));
    }

    @Test
    void every_entry_gets_its_own_id() {
        var first = AuditEntry.of(AT, Actor.SYSTEM, "Department", "1", "OPS", AuditAction.CREATE, Map.of(),
                Map.of("a", "b"));
        var second = AuditEntry.of(AT, Actor.SYSTEM, "Department", "1", "OPS", AuditAction.CREATE, Map.of(),
                Map.of("a", "b"));

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void the_changes_of_an_entry_cannot_be_altered_afterwards() {
        var changes = new java.util.ArrayList<>(List.of(new FieldChange("a", "", "b")));
        var entry = new AuditEntry(UUID.randomUUID(), AT, "admin", "Department", "1", AuditAction.CREATE, changes);

        changes.clear();

        assertThat(entry.changes()).hasSize(1);
        assertThatThrownBy(() -> entry.changes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_entry_needs_an_actor_an_entity_type_and_an_entity_id() {
        var id = UUID.randomUUID();
        assertRejected(() -> new AuditEntry(id, AT, " ", "Department", "1", AuditAction.CREATE, List.of()),
                "actor", "validation.required");
        assertRejected(() -> new AuditEntry(id, AT, "admin", "", "1", AuditAction.CREATE, List.of()),
                "entityType", "validation.required");
        assertRejected(() -> new AuditEntry(id, AT, "admin", "Department", "", AuditAction.CREATE, List.of()),
                "entityId", "validation.required");
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
