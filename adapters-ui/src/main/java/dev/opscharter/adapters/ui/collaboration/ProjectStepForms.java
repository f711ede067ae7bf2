package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.Irreversible;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.collaboration.port.in.ManageProjects;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.Milestone;
import dev.opscharter.domain.collaboration.Responsibility;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.InvalidValue;

import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/**
 * The steps of a project or launch that need input first — a department's part, a milestone, which milestone was
 * done and when — and cancelling it for good: a short form, then the use case, whose refusals come back at the
 * fields or as messages. {@code done} runs after every attempt, so the dialog shows the project as it is.
 */
final class ProjectStepForms {

    private final Component screen;
    private final ManageProjects manage;
    private final CollaborationTexts texts;
    private final Runnable done;

    ProjectStepForms(Component screen, ManageProjects manage, CollaborationTexts texts, Runnable done) {
        this.screen = screen;
        this.manage = manage;
        this.texts = texts;
        this.done = done;
    }

    /** A department's part; a department that has one gets it replaced. */
    void assign(CrossDepartmentProject project) {
        var department = department("project-assign-department", "collaboration.project.department");
        department.setItems(texts.choosable());
        var duty = StepActions.note(screen, "project-assign-duty", "collaboration.project.duty", true,
                Responsibility.MAX_DUTY);
        department.addValueChangeListener(e -> project.responsibilities().stream()
                .filter(r -> r.department().equals(e.getValue())).findFirst()
                .ifPresent(r -> duty.setValue(r.duty())));
        var errors = new FormErrors(screen).bind("department", department).bind("duty", duty);
        open("collaboration.project.step.assign", "project-assign", new FormLayout(department, duty),
                () -> attempt(errors, "collaboration.project.assigned", () -> manage.assign(project.id(),
                        chosen(department, "department"), duty.getValue(), project.version())));
    }

    /** A milestone owned by one of the departments with a part. */
    void addMilestone(CrossDepartmentProject project) {
        var title = new TextField(texts.t("collaboration.milestone.title"));
        title.setId("project-milestone-title");
        title.setMaxLength(Milestone.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        var owner = department("project-milestone-owner", "collaboration.milestone.owner");
        owner.setItems(project.departments());
        var due = date("project-milestone-due", "collaboration.milestone.due");
        var errors = new FormErrors(screen).bind("title", title).bind("owner", owner).bind("dueOn", due);
        open("collaboration.project.step.milestone", "project-milestone", new FormLayout(title, owner, due),
                () -> attempt(errors, "collaboration.milestone.added", () -> manage.addMilestone(project.id(),
                        title.getValue(), chosen(owner, "owner"), day(due, "dueOn"), project.version())));
    }

    /** One of the open milestones done, on a day (today unless told). */
    void completeMilestone(CrossDepartmentProject project) {
        var milestone = new ComboBox<Milestone>(texts.t("collaboration.milestone"));
        milestone.setId("project-complete-milestone");
        var open = project.milestones().stream().filter(m -> !m.isDone()).toList();
        milestone.setItems(open);
        milestone.setItemLabelGenerator(m -> m.title() + " · " + texts.department(m.owner()) + " · "
                + Formats.date(m.dueOn()));
        milestone.setRequiredIndicatorVisible(true);
        milestone.setWidthFull();
        if (open.size() == 1) {
            milestone.setValue(open.getFirst());
        }
        var doneOn = date("project-complete-done-on", "collaboration.milestone.done-on");
        var errors = new FormErrors(screen).bind("milestone", milestone).bind("doneOn", doneOn);
        open("collaboration.project.step.complete-milestone", "project-complete", new FormLayout(milestone, doneOn),
                () -> attempt(errors, "collaboration.milestone.completed", () -> manage.completeMilestone(
                        project.id(), milestone.getOptionalValue().map(Milestone::id)
                                .orElseThrow(() -> new InvalidValue("milestone", "validation.required")),
                        day(doneOn, "doneOn"), project.version())));
    }

    void cancel(CrossDepartmentProject project) {
        Irreversible.confirm(texts.t("collaboration.project.step.cancel"),
                texts.t("collaboration.project.cancel.consequence", project.name()),
                texts.t("collaboration.project.step.cancel"), "project-cancel",
                () -> attempt(new FormErrors(screen), "collaboration.project.cancelled",
                        () -> manage.cancel(project.id(), project.version())));
    }

    private ComboBox<DepartmentCode> department(String id, String labelKey) {
        var department = new ComboBox<DepartmentCode>(texts.t(labelKey));
        department.setId(id);
        department.setItemLabelGenerator(texts::department);
        department.setRequiredIndicatorVisible(true);
        return department;
    }

    private LocalizedDatePicker date(String id, String labelKey) {
        var date = new LocalizedDatePicker(texts.t(labelKey));
        date.setId(id);
        date.setValue(LocalDate.now(Formats.timeZone()));
        date.setRequiredIndicatorVisible(true);
        return date;
    }

    private static DepartmentCode chosen(ComboBox<DepartmentCode> field, String name) {
        return field.getOptionalValue().orElseThrow(() -> new InvalidValue(name, "validation.required"));
    }

    private static LocalDate day(LocalizedDatePicker field, String name) {
        return field.getOptionalValue().orElseThrow(() -> new InvalidValue(name, "validation.required"));
    }

    private void open(String titleKey, String id, FormLayout form, BooleanSupplier action) {
        form.setWidth("min(560px, 90vw)");
        new FormDialog(texts.t(titleKey), texts.t("action.save"), id, form, action).open();
    }

    private boolean attempt(FormErrors errors, String successKey, Runnable useCase) {
        return Attempt.run(screen, errors, successKey, useCase, done);
    }
}
