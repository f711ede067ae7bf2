package dev.opscharter.adapters.ui.efficiency;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.EvidenceUpload;
import dev.opscharter.adapters.ui.shared.kit.Facts;
import dev.opscharter.adapters.ui.shared.kit.FileLink;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.adapters.ui.shared.kit.StepActions.StepForm;
import dev.opscharter.application.efficiency.port.in.ManageProjects;
import dev.opscharter.application.efficiency.port.in.ProjectQueries;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.Measured;
import dev.opscharter.domain.efficiency.OptimizationProject;
import dev.opscharter.domain.efficiency.OptimizationProjectId;
import dev.opscharter.domain.efficiency.ProjectStep;
import dev.opscharter.domain.shared.InvalidValue;

import java.time.LocalDate;

/**
 * One project in full: owner, process, state, landing and acceptance report, and its indicators with the
 * improvement each made in its own direction (15 % and more marked), typed or measured from the execution
 * records; with exactly the steps the project's rules give the user. Ids: {@code project-details}, facts
 * {@code project-<fact>}, the indicators {@code project-indicators}, steps {@code project-edit}, {@code -measure},
 * {@code -start}, {@code -accept}, {@code -cancel}.
 */
final class ProjectDetails {

    private ProjectDetails() {
    }

    /** @param changed runs after every step, for the list behind the dialog */
    static void open(ProjectQueries queries, ManageProjects manage, EfficiencyTexts texts, MyPermissions permissions,
                     OptimizationProjectId id, Runnable changed) {
        var steps = new StepActions<OptimizationProject, ProjectStep>()
                .on(ProjectStep.EDIT, "efficiency.project.edit", "project-edit",
                        (owner, p, done) -> ProjectEditor.open(owner, manage, texts, p, done))
                .on(ProjectStep.MEASURE, "efficiency.project.measure", "project-measure",
                        (owner, p, done) -> measure(owner, manage, texts, p, done))
                .on(ProjectStep.START, "efficiency.project.start", "project-start", ButtonVariant.PRIMARY,
                        StepForm.now("efficiency.project.started", p -> manage.start(p.id(), p.version())))
                .on(ProjectStep.ACCEPT, "efficiency.project.accept", "project-accept", ButtonVariant.PRIMARY,
                        (owner, p, done) -> accept(manage, texts, p, done))
                .on(ProjectStep.CANCEL, "efficiency.project.cancel", "project-cancel", ButtonVariant.ERROR,
                        StepForm.now("efficiency.project.cancelled", p -> manage.cancel(p.id(), p.version())));
        new RecordDialog<>("project-details", () -> queries.detail(id), OptimizationProject::title,
                (project, facts) -> show(project, facts, queries, texts), steps, changed)
                .history(permissions, "OptimizationProject", id).open();
    }

    private static void show(OptimizationProject project, Facts facts, ProjectQueries queries, EfficiencyTexts texts) {
        var state = texts.state(project.state());
        state.setId("project-state");
        facts.item("efficiency.project.state", state);
        facts.text("efficiency.project.owner", "project-owner-fact", texts.person(project.owner()));
        facts.text("efficiency.project.process", "project-process-fact", project.processCode()
                .map(code -> queries.measurable(code) ? texts.t("efficiency.project.process.with-records", code) : code)
                .orElse("–"));
        project.landedOn().ifPresent(day -> facts.text("efficiency.project.landed-on", "project-landed-on",
                Formats.date(day)));
        project.acceptanceReport().ifPresent(report -> facts.item("efficiency.project.report",
                FileLink.of("project-report", texts.t("efficiency.project.report.open"),
                        () -> queries.acceptanceReport(project.id()).orElseThrow())));
        facts.text("efficiency.project.core-improvement", "project-core-improvement",
                project.coreImprovement().map(texts::signedPercent).orElse("–"));
        facts.section(indicators(project, texts));
    }

    private static Component indicators(OptimizationProject project, EfficiencyTexts texts) {
        var grid = new Grid<EfficiencyIndicator>();
        grid.setId("project-indicators");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(texts::name).setHeader(texts.t("efficiency.indicator.name")).setFlexGrow(2);
        grid.addColumn(i -> texts.direction(i.direction())).setHeader(texts.t("efficiency.indicator.direction"))
                .setAutoWidth(true);
        grid.addColumn(i -> texts.value(i.baseline(), i.unit())).setHeader(texts.t("efficiency.indicator.baseline"))
                .setAutoWidth(true);
        grid.addColumn(i -> texts.value(i.after(), i.unit())).setHeader(texts.t("efficiency.indicator.after"))
                .setAutoWidth(true);
        grid.addComponentColumn(i -> new StatusBadge(texts.improvement(i.improvement()),
                        i.isNotable() ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL))
                .setHeader(texts.t("efficiency.indicator.improvement")).setAutoWidth(true);
        grid.addColumn(i -> i.core() ? texts.t("efficiency.indicator.core") : "")
                .setHeader(texts.t("efficiency.indicator.core")).setAutoWidth(true);
        grid.addColumn(texts::provenance).setHeader(texts.t("efficiency.indicator.source")).setFlexGrow(2);
        grid.setItems(project.indicators());
        if (project.indicators().isEmpty()) {
            var none = new Span(texts.t("efficiency.indicator.none"));
            none.setId("project-indicators-none");
            return none;
        }
        return grid;
    }

    /** The landed day (the one the project had, else today) and the window's days, then the measurement. */
    private static void measure(Component owner, ManageProjects manage, EfficiencyTexts texts,
                                OptimizationProject project, Runnable done) {
        var landed = new LocalizedDatePicker(texts.t("efficiency.measure.landed-on"));
        landed.setId("measure-landed-on");
        landed.setValue(project.landedOn().orElse(LocalDate.now(Formats.timeZone())));
        var days = new IntegerField(texts.t("efficiency.measure.days"));
        days.setId("measure-days");
        days.setMin(1);
        days.setMax(Measured.MAX_DAYS);
        days.setValue(Measured.DEFAULT_DAYS);
        var help = new Span(texts.t("efficiency.measure.help"));
        help.addClassName("muted");
        var form = new VerticalLayout(help, landed, days);
        form.setPadding(false);
        var errors = new FormErrors(form).bind("days", days);
        new FormDialog(texts.t("efficiency.project.measure"), texts.t("efficiency.measure.run"), "measure", form,
                () -> Attempt.run(owner, errors, "efficiency.project.measured",
                        () -> manage.measure(project.id(), project.version(),
                                landed.getOptionalValue().orElseThrow(() -> new InvalidValue("landedOn", "validation.required")),
                                days.getValue() == null ? 0 : days.getValue()), done)).open();
    }

    /** The landed day and the acceptance report: attaching the report accepts the project. */
    private static void accept(ManageProjects manage, EfficiencyTexts texts, OptimizationProject project,
                               Runnable done) {
        var dialog = new Dialog(texts.t("efficiency.project.accept"));
        dialog.setId("accept-dialog");
        var landed = new LocalizedDatePicker(texts.t("efficiency.project.landed-on"));
        landed.setId("accept-landed-on");
        landed.setValue(LocalDate.now(Formats.timeZone()));
        var help = new Span(texts.t("efficiency.accept.help"));
        help.addClassName("muted");
        var upload = new EvidenceUpload("accept-report", (fileName, contentType, content) -> {
            manage.accept(project.id(), project.version(), landed.getOptionalValue().orElseThrow(
                    () -> new InvalidValue("landedOn", "validation.required")),
                    fileName, content);
            dialog.close();
            done.run();
        });
        dialog.add(new VerticalLayout(help, landed, upload));
        dialog.open();
    }
}
