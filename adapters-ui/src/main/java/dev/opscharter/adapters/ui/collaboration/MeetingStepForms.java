package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Irreversible;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.collaboration.port.in.ManageMeetings;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.collaboration.Meeting;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The steps of a meeting that need input first — a point for the agenda, the minutes with the decisions, an action
 * item — and closing the minutes for good: a short form, then the use case, whose refusals come back at the fields
 * or as messages. {@code done} runs after every attempt, so the dialog shows the meeting as it is.
 */
final class MeetingStepForms {

    private final Component screen;
    private final ManageMeetings manage;
    private final CollaborationTexts texts;
    private final Runnable done;

    MeetingStepForms(Component screen, ManageMeetings manage, CollaborationTexts texts, Runnable done) {
        this.screen = screen;
        this.manage = manage;
        this.texts = texts;
        this.done = done;
    }

    void addToAgenda(Meeting meeting) {
        var point = new TextField(texts.t("collaboration.meeting.agenda.point"));
        point.setId("meeting-agenda-point");
        point.setMaxLength(Meeting.MAX_POINT);
        point.setRequiredIndicatorVisible(true);
        point.setWidthFull();
        var errors = new FormErrors(screen).bind("agenda", point);
        open("collaboration.meeting.step.agenda", "meeting-agenda", new FormLayout(point),
                () -> attempt(errors, "collaboration.meeting.agenda.added",
                        () -> manage.addToAgenda(meeting.id(), point.getValue(), meeting.version())));
    }

    /** The minutes and decisions as recorded so far, to complete; one decision a line. */
    void recordMinutes(Meeting meeting) {
        var minutes = StepActions.note(screen, "meeting-minutes-text", "collaboration.meeting.minutes", true,
                Meeting.MAX_MINUTES);
        minutes.setValue(meeting.minutes());
        minutes.setMinHeight("8em");
        var decisions = StepActions.note(screen, "meeting-minutes-decisions", "collaboration.meeting.decisions",
                false, Meeting.MAX_MINUTES);
        decisions.setHelperText(texts.t("collaboration.meeting.decisions.help"));
        decisions.setValue(String.join("\n", meeting.decisions()));
        var errors = new FormErrors(screen).bind("minutes", minutes).bind("decisions", decisions);
        open("collaboration.meeting.step.minutes", "meeting-minutes", new FormLayout(minutes, decisions),
                () -> attempt(errors, "collaboration.meeting.minutes.recorded",
                        () -> manage.recordMinutes(meeting.id(), minutes.getValue(),
                                Arrays.stream(decisions.getValue().split("\\R")).map(String::strip)
                                        .filter(line -> !line.isEmpty()).toList(), meeting.version())));
    }

    /** The item is registered as a charter work item, once however often the button is clicked. */
    void addActionItem(Meeting meeting, Charter inForce) {
        var form = new ActionItemForm("meeting-item", texts, inForce);
        var request = RequestKey.fresh();
        open("collaboration.meeting.step.item", "meeting-item", form, () -> attempt(form.errors(),
                "collaboration.item.added", () -> manage.addActionItem(request, meeting.id(), form.value(),
                        meeting.version())));
    }

    void close(Meeting meeting) {
        Irreversible.confirm(texts.t("collaboration.meeting.step.close"),
                texts.t("collaboration.meeting.close.consequence"),
                texts.t("collaboration.meeting.step.close"), "meeting-close", () -> attempt(new FormErrors(screen),
                        "collaboration.meeting.closed", () -> manage.close(meeting.id(), meeting.version())));
    }

    private void open(String titleKey, String id, Component form, BooleanSupplier action) {
        if (form instanceof FormLayout layout && layout.getWidth() == null) {
            layout.setWidth("min(560px, 90vw)");
        }
        new FormDialog(texts.t(titleKey), texts.t("action.save"), id, form, action).open();
    }

    private boolean attempt(FormErrors errors, String successKey, Runnable useCase) {
        return Attempt.run(screen, errors, successKey, useCase, done);
    }
}
