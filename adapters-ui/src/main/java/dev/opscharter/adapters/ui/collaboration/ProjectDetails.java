package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.Facts;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.adapters.ui.shared.kit.StepActions.StepForm;
import dev.opscharter.application.collaboration.port.in.ManageProjects;
import dev.opscharter.application.collaboration.port.in.ProjectQueries;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.Milestone;
import dev.opscharter.domain.collaboration.ProjectStep;
import dev.opscharter.domain.collaboration.Responsibility;

import java.time.LocalDate;

/**
 * One project or launch in full: its kind, goal, start and status; each department's part; its milestones with
 * the owning department, due day, done day and whether overdue; the timeline; and exactly the steps the domain
 * gives this user.
 */
final class ProjectDetails {

    /** What the details need. */
    record Context(ProjectQueries queries, ManageProjects manage, MyPermissions permissions,
                   CollaborationTexts texts) {
    }

    private final Context context;
    private final Facts facts;
    private final LocalDate today;

    private ProjectDetails(Context context, Facts facts) {
        this.context = context;
        this.facts = facts;
        this.today = context.queries().today();
    }

    /** @param changed runs after every step, for the list behind the dialog */
    static void open(Context context, CrossDepartmentProjectId id, Runnable changed) {
        var manage = context.manage();
        var texts = context.texts();
        var steps = new StepActions<CrossDepartmentProject, ProjectStep>()
                .on(ProjectStep.ASSIGN_RESPONSIBILITY, "collaboration.project.step.assign", "project-step-assign",
                        (owner, p, done) -> new ProjectStepForms(owner, manage, texts, done).assign(p))
                .on(ProjectStep.ADD_MILESTONE, "collaboration.project.step.milestone", "project-step-milestone",
                        (owner, p, done) -> new ProjectStepForms(owner, manage, texts, done).addMilestone(p))
                .on(ProjectStep.COMPLETE_MILESTONE, "collaboration.project.step.complete-milestone",
                        "project-step-complete-milestone", ButtonVariant.PRIMARY,
                        (owner, p, done) -> new ProjectStepForms(owner, manage, texts, done).completeMilestone(p))
                .on(ProjectStep.COMPLETE, "collaboration.project.step.complete", "project-step-complete",
                        StepForm.now("collaboration.project.completed", p -> manage.complete(p.id(), p.version())))
                .on(ProjectStep.CANCEL, "collaboration.project.step.cancel", "project-step-cancel",
                        ButtonVariant.ERROR,
                        (owner, p, done) -> new ProjectStepForms(owner, manage, texts, done).cancel(p));
        new RecordDialog<>("project-details", () -> context.queries().project(id),
                p -> texts.kind(p.kind()) + " · " + p.name(),
                (project, facts) -> new ProjectDetails(context, facts).show(project), steps, changed)
                .history(context.permissions(), "CrossDepartmentProject", id).open();
    }

    private void show(CrossDepartmentProject project) {
        var texts = context.texts();
        var status = texts.projectStatus(project.status());
        status.setId("project-status");
        facts.item("collaboration.project.status", status);
        facts.text("collaboration.project.kind", "project-kind", texts.kind(project.kind()));
        facts.text("collaboration.project.starts-on", "project-starts-on", Formats.date(project.startsOn()));
        facts.text("collaboration.project.created", "project-created",
                texts.person(project.createdBy()) + " · " + Formats.dateTime(project.createdAt()));
        var goal = facts.text("collaboration.project.goal", "project-goal", project.goal());
        goal.getStyle().set("white-space", "pre-line");
        facts.section(parts(project));
        facts.section(milestones(project));
        facts.section(new Div(new H4(texts.t("collaboration.timeline")), new TimelineChart(project, today, texts)));
    }

    private Component parts(CrossDepartmentProject project) {
        var texts = context.texts();
        var section = new Div(new H4(texts.t("collaboration.project.parts")));
        if (project.responsibilities().isEmpty()) {
            section.add(muted("project-parts-none", texts.t("collaboration.project.parts.none")));
            return section;
        }
        var grid = new Grid<Responsibility>();
        grid.setId("project-parts");
        grid.addColumn(r -> texts.department(r.department())).setHeader(texts.t("collaboration.project.department"))
                .setAutoWidth(true);
        grid.addColumn(Responsibility::duty).setHeader(texts.t("collaboration.project.duty")).setFlexGrow(3);
        grid.setItems(project.responsibilities());
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private Component milestones(CrossDepartmentProject project) {
        var texts = context.texts();
        var section = new Div(new H4(texts.t("collaboration.project.milestones")));
        if (project.milestones().isEmpty()) {
            section.add(muted("project-milestones-none", texts.t("collaboration.project.milestones.none")));
            return section;
        }
        var grid = new Grid<Milestone>();
        grid.setId("project-milestones");
        grid.addColumn(Milestone::title).setHeader(texts.t("collaboration.milestone.title")).setFlexGrow(3);
        grid.addColumn(m -> texts.department(m.owner())).setHeader(texts.t("collaboration.milestone.owner"))
                .setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.dueOn())).setHeader(texts.t("collaboration.milestone.due"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.doneOn().map(Formats::date).orElse("–"))
                .setHeader(texts.t("collaboration.milestone.done-on")).setAutoWidth(true);
        var overdue = project.overdueMilestones(today);
        grid.addComponentColumn(m -> state(m, overdue.contains(m))).setHeader(texts.t("collaboration.milestone.state")).setAutoWidth(true);
        grid.setItems(project.milestones());
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private StatusBadge state(Milestone milestone, boolean overdue) {
        var texts = context.texts();
        if (milestone.isDone()) {
            return new StatusBadge(texts.t("collaboration.milestone.state.done"), StatusBadge.Tone.SUCCESS);
        }
        return overdue
                ? new StatusBadge(texts.t("collaboration.milestone.overdue-days", milestone.daysOverdue(today)),
                StatusBadge.Tone.ERROR)
                : new StatusBadge(texts.t("collaboration.milestone.state.open"), StatusBadge.Tone.NEUTRAL);
    }

    private static Span muted(String id, String text) {
        var span = new Span(text);
        span.setId(id);
        span.addClassName("muted");
        span.getStyle().set("display", "block");
        return span;
    }
}
