package dev.opscharter.adapters.ui.team;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.adapters.ui.shared.kit.EvidenceUpload;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.team.port.in.ManageTraining;
import dev.opscharter.application.team.port.in.ManageTraining.NewCourse;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.application.team.port.in.TeamQueries.Member;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.team.Course;
import dev.opscharter.domain.team.TrainingEvidence;
import dev.opscharter.domain.team.TrainingPlan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The forms of a training plan's steps: a course with who must attend it (picked from the Operations staff), an
 * attendance, a completion with its evidence: a note (what was done, a certificate's number, a link) or a file (the
 * certificate, the test result). Each works on the plan as loaded; {@code done} runs after every attempt. Ids:
 * {@code team-course-*}, {@code team-attendance-*}, {@code team-completion-*} and their dialogs' {@code -dialog},
 * {@code -save}, {@code -cancel}; the completion's {@code team-completion-proof} (note or file) and
 * {@code team-completion-file} ({@link EvidenceUpload}'s ids: its attach button records the completion).
 */
final class TrainingForms {

    private final Component screen;
    private final ManageTraining manage;
    private final TeamQueries queries;
    private final TeamTexts texts;
    private final Runnable done;

    TrainingForms(Component screen, ManageTraining manage, TeamQueries queries, TeamTexts texts, Runnable done) {
        this.screen = screen;
        this.manage = manage;
        this.queries = queries;
        this.texts = texts;
        this.done = done;
    }

    void addCourse(TrainingPlan plan) {
        var code = new TextField(texts.t("team.course.code"));
        code.setId("team-course-code");
        code.setMaxLength(Course.MAX_CODE);
        code.setRequiredIndicatorVisible(true);
        var title = new TextField(texts.t("team.course.title"));
        title.setId("team-course-title");
        title.setMaxLength(Course.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        var due = date("team-course-due", "team.course.due");
        due.setHelperText(texts.t("team.course.due.help", plan.year().key()));
        var attendees = new MultiSelectComboBox<Member>(texts.t("team.course.attendees"));
        attendees.setId("team-course-attendees");
        attendees.setItems(queries.staff());
        attendees.setItemLabelGenerator(Member::name);
        attendees.setRequiredIndicatorVisible(true);
        attendees.setHelperText(texts.t("team.course.attendees.help"));
        var errors = new FormErrors(screen).bind("code", code).bind("title", title).bind("due", due)
                .bind("attendees", attendees);
        var form = new FormLayout(code, title, due, attendees);
        form.setColspan(attendees, 2);
        form.setWidth("min(720px, 90vw)");
        new FormDialog(texts.t("team.course.add"), texts.t("action.save"), "team-course", form,
                () -> Attempt.run(screen, errors, "team.course.added", () -> manage.addCourse(plan.id(),
                        new NewCourse(code.getValue(), title.getValue(), Require.present(due.getValue(), "due"),
                                attendees.getSelectedItems().stream().sorted(Comparator.comparing(Member::name))
                                        .map(Member::id).toList()), plan.version()), done)).open();
    }

    /** An attendance of the course chosen (the one selected on the screen first), for an attendee without one. */
    void attendance(TrainingPlan plan, Optional<Course> selected) {
        var picker = new CoursePicker("team-attendance", plan, selected,
                (course, person) -> course.attendanceOf(person).isEmpty());
        var on = date("team-attendance-on", "team.attendance.attended-on");
        var errors = picker.errors().bind("on", on);
        var form = new FormLayout(picker.course, picker.person, on);
        form.setWidth("min(560px, 90vw)");
        new FormDialog(texts.t("team.attendance.record"), texts.t("action.save"), "team-attendance", form,
                () -> Attempt.run(screen, errors, "team.attendance.recorded", () -> manage.recordAttendance(plan.id(),
                        picker.code(), picker.person(), Require.present(on.getValue(), "on"), plan.version()),
                        done)).open();
    }

    /** What a completion's evidence is given as. */
    enum Proof { NOTE, FILE }

    /**
     * A completion with its evidence, for an attendee who attended and has not completed the course yet: a note saved
     * with the dialog's button, or a file whose attach button records the completion (the dialog's button is then
     * hidden: one action, one button).
     */
    void completion(TrainingPlan plan, Optional<Course> selected) {
        var picker = new CoursePicker("team-completion", plan, selected, (course, person) -> course
                .attendanceOf(person).filter(a -> a.completion().isEmpty()).isPresent());
        var on = date("team-completion-on", "team.attendance.completed-on");
        var proof = new RadioButtonGroup<Proof>(texts.t("team.attendance.evidence"));
        proof.setId("team-completion-proof");
        proof.setItems(Proof.values());
        proof.setItemLabelGenerator(p -> texts.t("team.completion.proof." + p.name()));
        var evidence = StepActions.note(screen, "team-completion-evidence", "team.attendance.evidence", true,
                TrainingEvidence.MAX_NOTE);
        evidence.setHelperText(texts.t("team.completion.evidence.help"));
        var errors = picker.errors().bind("on", on).bind("evidence", evidence);
        var form = new FormLayout(picker.course, picker.person, on, proof, evidence);
        form.setColspan(proof, 2);
        form.setColspan(evidence, 2);
        form.setWidth("min(640px, 90vw)");
        var dialog = new FormDialog(texts.t("team.completion.record"), texts.t("action.save"), "team-completion",
                form, () -> Attempt.run(screen, errors, "team.completion.recorded", () -> manage.recordCompletion(
                        plan.id(), picker.code(), picker.person(), Require.present(on.getValue(), "on"),
                        new TrainingEvidence.Note(evidence.getValue()), plan.version()), done));
        var file = new EvidenceUpload("team-completion-file", (fileName, contentType, content) -> {
            manage.recordCompletion(plan.id(), picker.code(), picker.person(), Require.present(on.getValue(), "on"),
                    fileName, content, plan.version());
            dialog.close();
            done.run();
        });
        var fileHelp = new Span(texts.t("team.completion.file.help"));
        fileHelp.addClassName("muted");
        form.add(fileHelp, file);
        form.setColspan(fileHelp, 2);
        form.setColspan(file, 2);
        proof.addValueChangeListener(e -> {
            boolean note = e.getValue() != Proof.FILE;
            evidence.setVisible(note);
            dialog.action().setVisible(note);
            fileHelp.setVisible(!note);
            file.setVisible(!note);
        });
        proof.setValue(Proof.NOTE);
        dialog.open();
    }

    private LocalizedDatePicker date(String id, String labelKey) {
        var picker = new LocalizedDatePicker(texts.t(labelKey));
        picker.setId(id);
        picker.setRequiredIndicatorVisible(true);
        picker.setValue(LocalDate.now(Formats.timeZone()));
        return picker;
    }

    /** A course of the plan and one of its attendees still to record, the attendees following the course chosen. */
    private final class CoursePicker {

        final ComboBox<Course> course = new ComboBox<>();
        final ComboBox<PersonId> person = new ComboBox<>();

        /** @param pending whether an attendee of a course is one still to record */
        CoursePicker(String idPrefix, TrainingPlan plan, Optional<Course> selected,
                     BiPredicate<Course, PersonId> pending) {
            course.setId(idPrefix + "-course");
            course.setLabel(texts.t("team.course"));
            course.setItems(plan.courses());
            course.setItemLabelGenerator(c -> c.code() + " · " + c.title());
            course.setRequiredIndicatorVisible(true);
            person.setId(idPrefix + "-person");
            person.setLabel(texts.t("team.attendance.person"));
            person.setItemLabelGenerator(texts::person);
            person.setRequiredIndicatorVisible(true);
            course.addValueChangeListener(e -> {
                person.clear();
                person.setItems(e.getValue() == null ? List.of() : e.getValue().attendees().stream()
                        .filter(p -> pending.test(e.getValue(), p)).toList());
            });
            selected.flatMap(s -> plan.course(s.code())).or(() -> plan.courses().stream().findFirst())
                    .ifPresent(course::setValue);
        }

        FormErrors errors() {
            return new FormErrors(screen).bind("course", course).bind("person", person);
        }

        String code() {
            return Require.present(course.getValue(), "course").code();
        }

        PersonId person() {
            return Require.present(person.getValue(), "person");
        }
    }
}
