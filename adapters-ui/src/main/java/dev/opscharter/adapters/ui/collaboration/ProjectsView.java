package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.collaboration.port.in.ManageProjects;
import dev.opscharter.application.collaboration.port.in.ProjectQueries;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.collaboration.CollaborationPermission;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.shared.InvalidValue;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Cross-department projects and key launches (跨部门项目与重点活动), paged from the database: the kind, name, the
 * departments taking part, status and how many milestones are overdue; starting one, for managers and the
 * director; a project's details with each department's part, the milestones and the timeline.
 * {@code ?project=<id>} (the link of an overdue milestone's notice) opens that project.
 */
@Route(value = "collaboration/projects", layout = MainLayout.class)
@Menu(order = 81, title = "nav.collaboration.projects")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class ProjectsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PROJECT = "project";

    private final ProjectQueries queries;
    private final ManageProjects manage;
    private final CollaborationTexts texts;
    private final ProjectDetails.Context context;
    private final RecordList<CrossDepartmentProject, Boolean> list;
    private final Button details;
    private LocalDate today;

    ProjectsView(ProjectQueries queries, ManageProjects manage, DepartmentQueries departments, Directory directory,
                 MyPermissions permissions) {
        this.queries = queries;
        this.manage = manage;
        this.texts = new CollaborationTexts(this, departments.all(), new DisplayNames(directory));
        this.context = new ProjectDetails.Context(queries, manage, permissions, texts);
        this.today = queries.today();
        addClassName("view");
        setSizeFull();
        setPadding(false);
        boolean manager = permissions.may(CollaborationPermission.MANAGE);

        list = new RecordList<>("projects", RecordSource.of(
                (Boolean all, PageRequest page) -> queries.projects(page), all -> queries.countProjects()),
                CrossDepartmentProject::id, () -> Boolean.TRUE);
        list.title(getPageTitle());
        var create = list.action("collaboration.project.new", "projects-new", this::start);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(manager);
        details = list.action("collaboration.project.details", "projects-details",
                () -> list.selected().ifPresent(p -> open(p.id())));
        list.column("collaboration.project.kind", p -> texts.kind(p.kind()), null).setKey("kind").setAutoWidth(true);
        list.column("collaboration.project.name", CrossDepartmentProject::name, null).setKey("name").setFlexGrow(3);
        list.column("collaboration.project.starts-on", p -> Formats.date(p.startsOn()), null).setKey("startsOn")
                .setAutoWidth(true);
        list.column("collaboration.project.departments", p -> texts.departments(p.departments()), null)
                .setKey("departments").setFlexGrow(2);
        list.badgeColumn("collaboration.project.status", p -> texts.projectStatus(p.status())).setKey("status");
        list.badgeColumn("collaboration.project.overdue", this::overdue).setKey("overdue");
        var first = new Button(getTranslation("collaboration.project.new"), e -> start());
        first.setId("projects-empty-new");
        list.emptyState(manager ? "collaboration.projects.empty.manager" : "collaboration.projects.empty",
                manager ? first : null);
        list.onSelectionChange(selected -> details.setEnabled(selected.isPresent()));
        list.onOpen(p -> open(p.id()));
        add(list);
        refresh(null);
    }

    /** How many milestones are overdue today, red; nothing while none is. */
    private Span overdue(CrossDepartmentProject project) {
        int count = project.overdueMilestones(today).size();
        return count == 0 ? new Span() : new StatusBadge(getTranslation("collaboration.project.overdue.count",
                count), StatusBadge.Tone.ERROR);
    }

    private void refresh(@Nullable CrossDepartmentProjectId keep) {
        today = queries.today();
        if (keep == null || !new FormErrors(this).run(() -> list.refresh(queries.project(keep).record()))) {
            list.refresh(null);
        }
        details.setEnabled(list.selected().isPresent());
    }

    private void start() {
        var kind = new Select<ProjectKind>();
        kind.setId("project-new-kind");
        kind.setLabel(getTranslation("collaboration.project.kind"));
        kind.setItems(ProjectKind.values());
        kind.setItemLabelGenerator(texts::kind);
        kind.setValue(ProjectKind.PROJECT);
        var name = new TextField(getTranslation("collaboration.project.name"));
        name.setId("project-new-name");
        name.setMaxLength(CrossDepartmentProject.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        var goal = new TextArea(getTranslation("collaboration.project.goal"));
        goal.setId("project-new-goal");
        goal.setMaxLength(CrossDepartmentProject.MAX_GOAL);
        goal.setRequiredIndicatorVisible(true);
        var startsOn = new LocalizedDatePicker(getTranslation("collaboration.project.starts-on"));
        startsOn.setId("project-new-starts-on");
        startsOn.setValue(LocalDate.now(Formats.timeZone()));
        startsOn.setRequiredIndicatorVisible(true);
        var form = new FormLayout(kind, startsOn);
        form.add(name, 2);
        form.add(goal, 2);
        form.setWidth("min(620px, 90vw)");
        var errors = new FormErrors(this).bind("kind", kind).bind("name", name).bind("goal", goal)
                .bind("startsOn", startsOn);
        var request = RequestKey.fresh();
        var started = new CrossDepartmentProjectId[1];
        new FormDialog(getTranslation("collaboration.project.new"), getTranslation("collaboration.project.start"),
                "project-new", form, () -> Attempt.run(this, errors, "collaboration.project.started",
                () -> started[0] = manage.start(request, kind.getValue(), name.getValue(), goal.getValue(),
                        startsOn.getOptionalValue().orElseThrow(() -> new InvalidValue("startsOn",
                                "validation.required"))),
                () -> {
                    refresh(started[0]);
                    if (started[0] != null) {
                        open(started[0]);
                    }
                })).open();
    }

    private void open(CrossDepartmentProjectId id) {
        ProjectDetails.open(context, id, () -> refresh(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(PROJECT).ifPresent(text -> {
            try {
                open(CrossDepartmentProjectId.parse(text));
            } catch (IllegalArgumentException notAnId) {
                FormErrors.error(this, getTranslation("error.not-found"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("collaboration.projects.title");
    }
}
