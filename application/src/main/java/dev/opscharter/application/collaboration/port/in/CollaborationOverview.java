package dev.opscharter.application.collaboration.port.in;

import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.Milestone;
import dev.opscharter.domain.organization.DepartmentCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Collaboration on the home page: a department lead sees the meetings, items, milestones and conflicts that involve
 * their department; those who manage collaboration see what is past due across all departments.
 */
public interface CollaborationOverview {

    /**
     * What involves the signed-in lead's department ({@code CollaborationPermission.READ}); empty for whoever leads
     * no department.
     */
    Optional<DepartmentView> myDepartment();

    /** Past its due day across the departments, today in the organization's zone ({@code MANAGE}). */
    Overdue overdue();

    /**
     * @param today        the organization's day the view was read on, what "late" is judged against
     * @param nextMeetings the coming meeting of each running series the department takes part in, soonest first
     * @param openItems    the department's action items still open, meetings' and conflicts' alike, earliest due
     * @param milestones   the department's milestones not done in running projects, earliest due first
     * @param conflicts    the unresolved conflicts it is a party to
     */
    record DepartmentView(LocalDate today, DepartmentCode department, List<Meeting> nextMeetings, List<ActionItem> openItems,
                          List<ProjectMilestone> milestones, List<Conflict> conflicts) {
    }

    /**
     * @param today      the organization's day the view was read on
     * @param items      open action items past their due day, earliest due first
     * @param milestones milestones past their due day in running projects
     * @param conflicts  every conflict not yet resolved, oldest first
     */
    record Overdue(LocalDate today, List<ActionItem> items, List<ProjectMilestone> milestones, List<Conflict> conflicts) {

        public boolean isEmpty() {
            return items.isEmpty() && milestones.isEmpty() && conflicts.isEmpty();
        }
    }

    record ProjectMilestone(CrossDepartmentProject project, Milestone milestone) {
    }
}
