package dev.opscharter.application.charter.port.out;

import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;

import java.util.List;
import java.util.Optional;

public interface WorkItems {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. */
    WorkItem save(WorkItem item);

    Optional<WorkItem> byId(WorkItemId id);

    /** Newest first. */
    List<WorkItem> all();
}
