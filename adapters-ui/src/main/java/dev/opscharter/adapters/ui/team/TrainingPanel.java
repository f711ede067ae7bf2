package dev.opscharter.adapters.ui.team;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.RecordHistory;
import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.adapters.ui.shared.kit.EmptyState;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.team.port.in.ManageTraining;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Step;
import dev.opscharter.domain.team.Course;
import dev.opscharter.domain.team.TrainingCompletion;
import dev.opscharter.domain.team.TrainingPlan;
import dev.opscharter.domain.team.TrainingStep;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The training plan of a year (培训计划): its courses with how many completed each on time, and the chosen course's
 * attendees ({@link AttendanceList}); the year's training completion as the scorecard computes it. The buttons are
 * the plan's steps for the user (drawing up a plan: for those who manage it, while the year has none). Ids: {@code team-year}, {@code team-training-completion}, {@code team-plan-draw},
 * {@code team-course-add}, {@code team-attendance-record}, {@code team-completion-record}, {@code team-plan-history},
 * {@code team-courses-grid}, {@code team-courses-empty}.
 */
final class TrainingPanel extends Composite<VerticalLayout> {

    private final TeamQueries queries;
    private final ManageTraining manage;
    private final TeamTexts texts;
    private final boolean mayDraw;
    private final boolean mayReadHistory;
    private final IntegerField year = new IntegerField();
    private final Span completion = new Span();
    private final Button draw;
    private final Button addCourse;
    private final Button recordAttendance;
    private final Button recordCompletion;
    private final Button history;
    private final Grid<Course> courses = new Grid<>();
    private final EmptyState empty = new EmptyState("team-courses-empty");
    private final AttendanceList attendance;
    private Optional<WithSteps<TrainingPlan, TrainingStep>> plan = Optional.empty();

    /**
     * @param mayDraw        whether the user may draw up a plan (the use case checks it again)
     * @param mayReadHistory whether the user may read the audit trail, where the plan's history button leads
     */
    TrainingPanel(TeamQueries queries, ManageTraining manage, TeamTexts texts, boolean mayDraw,
                  boolean mayReadHistory) {
        this.queries = queries;
        this.manage = manage;
        this.texts = texts;
        this.mayDraw = mayDraw;
        this.mayReadHistory = mayReadHistory;
        this.attendance = new AttendanceList(queries, texts);
        year.setId("team-year");
        year.setLabel(texts.t("team.training.year"));
        year.setMin(Period.MIN_YEAR);
        year.setMax(Period.MAX_YEAR);
        year.setStepButtonsVisible(true);
        year.setValue(today().getYear());
        year.addValueChangeListener(e -> refresh());
        completion.setId("team-training-completion");
        var header = new HorizontalLayout(year, completion);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);

        var forms = new TrainingForms(this, manage, queries, texts, this::refresh);
        var toolbar = new Toolbar();
        draw = toolbar.button("team.plan.draw", "team-plan-draw", this::drawPlan);
        draw.addThemeVariants(ButtonVariant.PRIMARY);
        addCourse = toolbar.button("team.course.add", "team-course-add",
                () -> plan.ifPresent(p -> forms.addCourse(p.record())));
        recordAttendance = toolbar.button("team.attendance.record", "team-attendance-record",
                () -> plan.ifPresent(p -> forms.attendance(p.record(), selected())));
        recordCompletion = toolbar.button("team.completion.record", "team-completion-record",
                () -> plan.ifPresent(p -> forms.completion(p.record(), selected())));
        history = toolbar.button("kit.record.history", "team-plan-history", () -> plan.ifPresent(
                p -> RecordHistory.show(UI.getCurrent(), "TrainingPlan", p.record().id())));
        history.addThemeVariants(ButtonVariant.TERTIARY);

        courses.setId("team-courses-grid");
        courses.addColumn(Course::code).setHeader(texts.t("team.course.code")).setAutoWidth(true);
        courses.addColumn(Course::title).setHeader(texts.t("team.course.title")).setFlexGrow(3);
        courses.addColumn(c -> Formats.date(c.due())).setHeader(texts.t("team.course.due")).setAutoWidth(true);
        courses.addColumn(c -> Formats.number(c.attendees().size())).setHeader(texts.t("team.course.attendees"));
        courses.addColumn(c -> texts.partOf(TrainingCompletion.of(c))).setHeader(texts.t("team.course.on-time"))
                .setAutoWidth(true);
        courses.setEmptyStateComponent(empty);
        courses.setAllRowsVisible(true);
        courses.addSelectionListener(e -> attendance.show(e.getFirstSelectedItem()));

        var content = getContent();
        content.setPadding(false);
        content.add(header, toolbar, courses, attendance);
        refresh();
    }

    /** Opens on a year (a drill-down's link). */
    void show(int chosen) {
        if (Integer.valueOf(chosen).equals(year.getValue())) {
            refresh();
        } else {
            year.setValue(chosen);
        }
    }

    /** The plan of the year shown, read again; the course chosen before stays chosen. */
    void refresh() {
        var chosen = year.getValue();
        var keep = selected().map(Course::code);
        plan = Optional.empty();
        attendance.plan(Optional.empty());
        completion.setText("");
        if (chosen != null) {
            new FormErrors(this).run(() -> {
                plan = queries.plan(chosen);
                attendance.plan(plan.map(p -> p.record().id()));
                var rate = queries.trainingCompletion(new Period.Year(chosen));
                completion.setText(rate.defined()
                        ? texts.t("team.training.completion", Integer.toString(chosen), texts.percent(rate, Part.TRAINING_PLAN_COMPLETION),
                        texts.partOf(rate))
                        : texts.t("team.training.completion.none", Integer.toString(chosen)));
            });
        }
        var shown = plan.map(p -> p.record().courses()).orElse(List.of());
        courses.setItems(shown);
        empty.noRecords(plan.isPresent() ? "team.course.empty" : "team.plan.empty", null);
        shown.stream().filter(c -> keep.map(c.code()::equals).orElse(false)).findFirst()
                .or(() -> shown.stream().findFirst())
                .ifPresentOrElse(courses::select, () -> attendance.show(Optional.empty()));
        draw.setVisible(mayDraw && plan.isEmpty() && chosen != null);
        draw.setText(texts.t("team.plan.draw", chosen == null ? "" : Integer.toString(chosen)));
        step(addCourse, TrainingStep.ADD_COURSE);
        step(recordAttendance, TrainingStep.RECORD_ATTENDANCE);
        step(recordCompletion, TrainingStep.RECORD_COMPLETION);
        history.setVisible(mayReadHistory && plan.isPresent());
    }

    /** A button per step of the plan for this user: absent, blocked with the domain's reason, or open. */
    private void step(Button button, TrainingStep kind) {
        var step = plan.flatMap(p -> p.step(kind));
        button.setVisible(step.isPresent());
        button.setEnabled(step.map(Step::isOpen).orElse(false));
        button.setTooltipText(step.flatMap(Step::blockedBy)
                .map(why -> texts.t(why.messageKey(), why.arguments().toArray())).orElse(null));
    }

    private void drawPlan() {
        var chosen = year.getValue();
        if (chosen != null) {
            Attempt.run(this, new FormErrors(this), "team.plan.drawn",
                    () -> manage.drawPlan(RequestKey.fresh(), chosen), this::refresh);
        }
    }

    private Optional<Course> selected() {
        return courses.getSelectedItems().stream().findFirst();
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.timeZone());
    }
}
