package dev.opscharter.application.compliance.port.out;

import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where corrective actions are kept, with their evidence ids and history. */
public interface CorrectiveActions {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. */
    CorrectiveAction save(CorrectiveAction action);

    Optional<CorrectiveAction> byId(CorrectiveActionId id);

    /** Newest first. */
    List<CorrectiveAction> all();

    /** Newest first. */
    List<CorrectiveAction> ownedBy(String owner);

    /** Open or in progress with a due date before {@code day}: overdue on that day. Earliest due first. */
    List<CorrectiveAction> overdueOn(LocalDate day);
}
