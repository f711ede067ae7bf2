package dev.opscharter.application.charter.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemStep;
import dev.opscharter.domain.organization.DepartmentId;

import java.util.List;
import java.util.Optional;

/**
 * The work-item register. Operations and auditors see every item; a department lead sees what was
 * routed to their department and what they raised.
 */
public interface WorkItemQueries {

    /**
     * A page of the visible items the filter finds, sorted in the database by the page's keys
     * ({@code kind}, {@code title}, {@code status}, {@code raisedAt}, {@code dueOn}), then newest first.
     */
    List<WorkItem> visible(Filter filter, PageRequest page);

    /** How many visible items the filter finds. */
    long count(Filter filter);

    WorkItem get(WorkItemId id);

    /** Items waiting for a sign-off the current user is entitled to give. */
    List<WorkItem> awaitingMySignOff();

    /**
     * How many items wait for the current user ({@link Filter#awaitingMe}); zero for anyone nothing can
     * wait for, so every home page may ask.
     */
    long countAwaitingMe();

    /** Per department: how many items were redirected to it, escalated for its sign-off, or led by it. */
    List<DepartmentTally> boundaryTally();

    /** The department of the current user, if they belong to one. */
    Optional<DepartmentId> myDepartment();

    /**
     * @param concernsADepartment only items led by or routed to another department (the boundary page)
     * @param awaitingMe          only items waiting for the current user: handed to the department they
     *                            lead, or waiting for a sign-off they may give
     */
    record Filter(Optional<DepartmentId> department, Optional<Involvement> involvement, boolean openOnly,
                  boolean concernsADepartment, boolean awaitingMe) {
        public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), false);
        public static final Filter AWAITING_ME = new Filter(Optional.empty(), Optional.empty(), true, false, true);

        public Filter(Optional<DepartmentId> department, Optional<Involvement> involvement, boolean openOnly) {
            this(department, involvement, openOnly, false, false);
        }

        public Filter(Optional<DepartmentId> department, Optional<Involvement> involvement, boolean openOnly,
                      boolean concernsADepartment) {
            this(department, involvement, openOnly, concernsADepartment, false);
        }
    }

    record DepartmentTally(DepartmentId department, int redirected, int escalated, int participating, int open) {
    }

    /** A visible item with the steps the current user may take on it, as the item's rules answer them. */
    WithSteps<WorkItem, WorkItemStep> detail(WorkItemId id);
}
