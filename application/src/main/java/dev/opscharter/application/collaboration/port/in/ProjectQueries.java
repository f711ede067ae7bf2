package dev.opscharter.application.collaboration.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.Milestone;
import dev.opscharter.domain.collaboration.ProjectStep;

import java.time.LocalDate;
import java.util.List;

/** Projects and launches as everyone who reads collaboration sees them ({@code CollaborationPermission.READ}). */
public interface ProjectQueries {

    List<CrossDepartmentProject> projects(PageRequest page);

    long countProjects();

    WithSteps<CrossDepartmentProject, ProjectStep> project(CrossDepartmentProjectId id);

    /** Every running project's milestones past their due day today (in the organization's zone), what escalates. */
    List<OverdueMilestone> overdueMilestones();

    /** The organization's today, by which a milestone is overdue: what a screen marks and draws. */
    LocalDate today();

    record OverdueMilestone(CrossDepartmentProject project, Milestone milestone) {
    }
}
