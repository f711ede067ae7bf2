package dev.opscharter.application.collaboration.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.MilestoneId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.organization.DepartmentCode;

import java.time.LocalDate;

/**
 * Cross-department projects and launches, planned by managers and the director
 * ({@code CollaborationPermission.MANAGE}). Every change names the version the user saw.
 */
public interface ManageProjects {

    /** Starts a project or launch once per request. */
    CrossDepartmentProjectId start(RequestKey request, ProjectKind kind, String name, String goal,
                                   LocalDate startsOn);

    /** Sets the department's part, replacing the one it had. */
    void assign(CrossDepartmentProjectId project, DepartmentCode department, String duty, long version);

    MilestoneId addMilestone(CrossDepartmentProjectId project, String title, DepartmentCode owner, LocalDate dueOn,
                             long version);

    void completeMilestone(CrossDepartmentProjectId project, MilestoneId milestone, LocalDate doneOn, long version);

    void complete(CrossDepartmentProjectId project, long version);

    void cancel(CrossDepartmentProjectId project, long version);
}
