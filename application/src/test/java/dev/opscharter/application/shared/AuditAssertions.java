package dev.opscharter.application.shared;

import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public final class AuditAssertions {

    private AuditAssertions() {
    }

    /** Checks who did what to which record. */
    public static void assertEntry(AuditEntry entry, AuditAction action, String actor, String entityType,
                                   Object entityId) {
        assertThat(entry.action()).as("action").isEqualTo(action);
        assertThat(entry.actor()).as("actor").isEqualTo(actor);
        assertThat(entry.entityType()).as("entity type").isEqualTo(entityType);
        assertThat(entry.entityId()).as("entity id").isEqualTo(entityId.toString());
    }

    /**
     * The changes an auditor would notice: those whose shown value differs. (A creation also lists
     * fields that are empty on both sides; see the disabled test in the domain's AuditEntryTest.)
     */
    public static List<FieldChange> visibleChanges(AuditEntry entry) {
        return entry.changes().stream().filter(c -> !c.before().equals(c.after())).toList();
    }
}
