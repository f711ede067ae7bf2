package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.collaboration.port.in.ManageProjects;
import dev.opscharter.application.collaboration.port.in.ProjectQueries;
import dev.opscharter.application.collaboration.port.out.CrossDepartmentProjects;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.Milestone;
import dev.opscharter.domain.collaboration.MilestoneId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.collaboration.ProjectStep;
import dev.opscharter.domain.collaboration.Responsibility;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;

import java.time.LocalDate;
import java.util.List;

import static dev.opscharter.domain.collaboration.CollaborationPermission.MANAGE;
import static dev.opscharter.domain.collaboration.CollaborationPermission.READ;

/**
 * Projects and launches kept and read. The rules live in {@link CrossDepartmentProject}; this service supplies who
 * acts, the time and the organization's today, the transaction, the version check and the audit entry.
 */
public final class ProjectService implements ManageProjects, ProjectQueries {

    static final RecordType<CrossDepartmentProjectId, CrossDepartmentProject> TYPE = new RecordType<>(
            "CrossDepartmentProject", CrossDepartmentProject::id, CrossDepartmentProject::name,
            CrossDepartmentProject::snapshot, CrossDepartmentProject::version, CrossDepartmentProjectId::toString,
            CrossDepartmentProjectId::parse);

    private final CrossDepartmentProjects projects;
    private final UseCase uc;

    public ProjectService(CrossDepartmentProjects projects, UseCase uc) {
        this.projects = projects;
        this.uc = uc;
    }

    // ---- commands

    @Override
    public CrossDepartmentProjectId start(RequestKey request, ProjectKind kind, String name, String goal,
                                          LocalDate startsOn) {
        return uc.create(MANAGE, request, TYPE, projects,
                me -> CrossDepartmentProject.start(kind, name, goal, startsOn, me, uc.calendar().now()));
    }

    @Override
    public void assign(CrossDepartmentProjectId project, DepartmentCode department, String duty, long version) {
        var part = new Responsibility(department, duty);
        uc.change(MANAGE, TYPE, projects, project, version, AuditAction.UPDATE, (me, before) -> before.assign(part, me));
    }

    @Override
    public MilestoneId addMilestone(CrossDepartmentProjectId project, String title, DepartmentCode owner,
                                    LocalDate dueOn, long version) {
        var milestone = Milestone.of(title, owner, dueOn);
        uc.change(MANAGE, TYPE, projects, project, version, AuditAction.UPDATE,
                (me, before) -> before.addMilestone(milestone, me));
        return milestone.id();
    }

    @Override
    public void completeMilestone(CrossDepartmentProjectId project, MilestoneId milestone, LocalDate doneOn,
                                  long version) {
        uc.change(MANAGE, TYPE, projects, project, version, AuditAction.UPDATE,
                (me, before) -> before.completeMilestone(milestone, doneOn, me));
    }

    @Override
    public void complete(CrossDepartmentProjectId project, long version) {
        uc.change(MANAGE, TYPE, projects, project, version, AuditAction.UPDATE, (me, before) -> before.complete(me));
    }

    @Override
    public void cancel(CrossDepartmentProjectId project, long version) {
        uc.change(MANAGE, TYPE, projects, project, version, AuditAction.UPDATE, (me, before) -> before.cancel(me));
    }

    // ---- queries

    @Override
    public List<CrossDepartmentProject> projects(PageRequest page) {
        return uc.read(READ, () -> projects.page(page));
    }

    @Override
    public long countProjects() {
        return uc.read(READ, projects::count);
    }

    @Override
    public WithSteps<CrossDepartmentProject, ProjectStep> project(CrossDepartmentProjectId id) {
        return uc.withSteps(READ, TYPE, projects, id, CrossDepartmentProject::allowedSteps);
    }

    @Override
    public LocalDate today() {
        return uc.read(READ, () -> uc.calendar().today());
    }

    @Override
    public List<OverdueMilestone> overdueMilestones() {
        return uc.read(READ, () -> {
            var today = uc.calendar().today();
            return projects.active().stream().flatMap(project -> project.overdueMilestones(today).stream()
                    .map(milestone -> new OverdueMilestone(project, milestone))).toList();
        });
    }
}
