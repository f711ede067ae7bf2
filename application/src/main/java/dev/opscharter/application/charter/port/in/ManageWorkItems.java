package dev.opscharter.application.charter.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;

import java.time.LocalDate;
import java.util.Optional;

/** Work items routed by the charter, and the steps that finish them. */
public interface ManageWorkItems {

    /** What the charter in force would decide for this duty type, before anything is registered. */
    BoundaryDecision preview(String dutyType);

    /**
     * Registers the draft once per request: the same {@code request} again answers the item it
     * registered and registers nothing more.
     */
    WorkItemId register(RequestKey request, WorkItemDraft draft);

    /** For a caller that never repeats a request (seeding, tests). */
    default WorkItemId register(WorkItemDraft draft) {
        return register(RequestKey.fresh(), draft);
    }

    void complete(WorkItemId id, String note, long version);

    void requestSignOff(WorkItemId id, long version);

    void decideSignOff(WorkItemId id, boolean approve, String comment, long version);

    void cancel(WorkItemId id, String reason, long version);

    record WorkItemDraft(WorkItemKind kind, String title, String description, String dutyType,
                         Optional<LocalDate> dueOn) {
    }
}
