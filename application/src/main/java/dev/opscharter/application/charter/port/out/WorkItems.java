package dev.opscharter.application.charter.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.Participant;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.organization.DepartmentId;

import java.util.List;
import java.util.Optional;

public interface WorkItems extends RecordStore<WorkItemId, WorkItem> {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}. */
    WorkItem save(WorkItem item);

    Optional<WorkItem> byId(WorkItemId id);

    /** Newest first. */
    List<WorkItem> all();

    /**
     * A page of the items the selection finds, sorted by the page's keys ({@code kind}, {@code title},
     * {@code status}, {@code raisedAt}, {@code dueOn}), then newest first.
     */
    List<WorkItem> page(Selection selection, PageRequest page);

    long count(Selection selection);

    /**
     * Which items, in SQL.
     *
     * @param reader              empty: every item; else only those the reader raised or that concern the
     *                            reader's department
     * @param department          only those concerning this department (led by it, or routed to it)
     * @param concernsADepartment only those that concern some department (not Operations' own)
     * @param awaiting            only those that wait for this participant to act ({@link WorkItem#awaits})
     */
    record Selection(Optional<Reader> reader, Optional<DepartmentId> department, Optional<Involvement> involvement,
                     boolean openOnly, boolean concernsADepartment, Optional<Participant> awaiting) {

        public Selection(Optional<Reader> reader, Optional<DepartmentId> department,
                         Optional<Involvement> involvement, boolean openOnly, boolean concernsADepartment) {
            this(reader, department, involvement, openOnly, concernsADepartment, Optional.empty());
        }
    }

    /** Someone who sees only what they raised and what concerns their department. */
    record Reader(String name, Optional<DepartmentId> department) {
    }
}
