package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.UI;

/**
 * Where a record's "history" button leads: the audit trail, filtered to that record. The trail's
 * view stays package-private; this is the one door other screens use.
 */
public final class RecordHistory {

    private RecordHistory() {
    }

    /** @param type the record type as the services audit it ("WorkItem", "CorrectiveAction", …) */
    public static void show(UI ui, String type, Object id) {
        AuditTrailView.showHistory(ui, type, id);
    }
}
