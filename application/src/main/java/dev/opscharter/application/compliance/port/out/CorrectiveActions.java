package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where corrective actions are kept, with their evidence ids and history. */
public interface CorrectiveActions extends RecordStore<CorrectiveActionId, CorrectiveAction> {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. */
    CorrectiveAction save(CorrectiveAction action);

    Optional<CorrectiveAction> byId(CorrectiveActionId id);

    /** Newest first. */
    List<CorrectiveAction> all();

    /** Newest first. */
    List<CorrectiveAction> ownedBy(String owner);

    /** Open or in progress with a due date before {@code day}: overdue on that day. Earliest due first. */
    List<CorrectiveAction> overdueOn(LocalDate day);

    /**
     * A page of the actions the selection finds, sorted by the page's keys ({@code title}, {@code owner},
     * {@code dueOn}, {@code status}, {@code createdAt}), then newest first.
     */
    List<CorrectiveAction> page(Selection selection, PageRequest page);

    long count(Selection selection);

    /**
     * Which actions, in SQL.
     *
     * @param owner     only this owner's
     * @param overdueOn only those overdue on this day (open or in progress, due before it)
     */
    record Selection(Optional<String> owner, Optional<ActionStatus> status, Optional<LocalDate> overdueOn) {
    }
}
