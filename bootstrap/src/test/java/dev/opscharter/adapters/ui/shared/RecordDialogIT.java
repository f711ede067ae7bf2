package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.adapters.ui.shared.kit.StepActions.StepForm;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The record dialog shows exactly the steps it is given: open enabled, blocked disabled with the reason, absent none. */
@OpsCharterSpringTest
class RecordDialogIT extends ViewTest {

    enum Kind { START, SUBMIT, VERIFY }

    record Note(String title, int revision) {
    }

    private Note note = new Note("Fix the shipping delay", 1);
    private List<Step<Kind>> steps = List.of(Step.open(Kind.START),
            Step.blocked(Kind.SUBMIT, Refusal.of("rule.corrective-action.root-cause-required")));
    private RuntimeException gone;
    private final List<String> taken = new ArrayList<>();
    private final AtomicInteger changed = new AtomicInteger();

    private RecordDialog<Note, Kind> open() {
        var actions = new StepActions<Note, Kind>()
                .on(Kind.START, "actions.start", "note-start", StepForm.now("actions.started", n -> {
                    taken.add("start " + n.revision());
                    note = new Note(n.title(), n.revision() + 1);
                    steps = List.of(Step.open(Kind.SUBMIT));
                }))
                .on(Kind.SUBMIT, "actions.submit", "note-submit", StepForm.now("actions.submitted",
                        n -> taken.add("submit")))
                .on(Kind.VERIFY, "actions.verify", "note-verify", StepForm.now("actions.verified", n -> {
                    throw new RuleViolation("rule.corrective-action.verify.not-submitted");
                }));
        var dialog = new RecordDialog<>("note", () -> {
            if (gone != null) {
                throw gone;
            }
            return new WithSteps<>(note, steps);
        }, Note::title, (n, facts) -> facts.text("actions.field.title", "note-revision", "r" + n.revision()),
                actions, changed::incrementAndGet);
        dialog.open();
        return dialog;
    }

    @Test
    void an_open_step_is_enabled_a_blocked_one_disabled_with_the_reason_and_an_absent_one_missing() {
        open();

        assertThat(button("note-start").isEnabled()).isTrue();
        var submit = button("note-submit");
        assertThat(submit.isEnabled()).isFalse();
        assertThat(submit.getTooltip().getText()).isEqualTo("Record the root cause before submitting");
        assertThat($(Span.class).id("note-submit-blocked").getText()).endsWith("Record the root cause before submitting");
        assertThat($(Button.class).all()).extracting(Button::getId).map(id -> id.orElse(""))
                .doesNotContain("note-verify").contains("note-close");
        assertThat($(Span.class).id("note-revision").getText()).isEqualTo("r1");
    }

    @Test
    void after_a_step_the_record_and_its_steps_are_loaded_again_and_the_list_is_told() {
        open();

        click("note-start");

        assertThat(taken).containsExactly("start 1");
        assertThat(notifications()).isNotEmpty();
        assertThat(changed).hasValue(1);
        assertThat($(Span.class).id("note-revision").getText()).isEqualTo("r2");
        assertThat(button("note-submit").isEnabled()).isTrue();
        assertThat($(Button.class).all()).extracting(b -> b.getId().orElse("")).doesNotContain("note-start");
        assertThat($(Span.class).all()).extracting(s -> s.getId().orElse("")).doesNotContain("note-submit-blocked");
    }

    @Test
    void a_record_that_is_gone_closes_the_dialog_with_the_reason() {
        var dialog = open();
        gone = new NotFound("Note", "1");

        click("note-start");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("This record no longer exists.");
        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
    }

    @Test
    void a_record_that_cannot_be_loaded_opens_no_dialog() {
        gone = new NotFound("Note", "1");

        var dialog = open();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("This record no longer exists.");
    }
}
