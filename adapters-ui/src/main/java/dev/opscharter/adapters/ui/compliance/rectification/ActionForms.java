package dev.opscharter.adapters.ui.compliance.rectification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.domain.compliance.CorrectiveAction;

import java.time.LocalDate;
import java.util.ArrayList;

/**
 * The steps of a corrective action that need words first (a root cause, a note, a reason, a new
 * owner): a short form, then the use case, whose refusals come back as messages. {@code changed}
 * runs after every attempt, so the dialog shows the action as it is afterwards.
 */
final class ActionForms {

    private final Component screen;
    private final ManageCorrectiveActions manage;
    private final ActionTexts texts;
    private final Runnable changed;

    ActionForms(Component screen, ManageCorrectiveActions manage, ActionTexts texts, Runnable changed) {
        this.screen = screen;
        this.manage = manage;
        this.texts = texts;
        this.changed = changed;
    }

    void editRootCause(CorrectiveAction action) {
        var area = textArea("action-root-cause-text", "actions.field.root-cause", true);
        area.setValue(action.rootCause());
        var errors = new FormErrors(screen).bind("rootCause", area);
        new FormDialog(t("actions.root-cause.edit"), t("action.save"), "action-root-cause", new FormLayout(area),
                () -> attempt(errors, "actions.root-cause.saved",
                        () -> manage.recordRootCause(action.id(), area.getValue(), action.version()))).open();
    }

    void submit(CorrectiveAction action) {
        var note = textArea("action-submit-note", "actions.field.note", false);
        note.setHelperText(t("actions.submit.help"));
        var errors = new FormErrors(screen).bind("note", note);
        new FormDialog(t("actions.submit.title", action.title()), t("actions.submit"), "action-submission",
                new FormLayout(note), () -> attempt(errors, "actions.submitted",
                () -> manage.submit(action.id(), note.getValue(), action.version()))).open();
    }

    void reopen(CorrectiveAction action) {
        var reason = textArea("action-reopen-reason", "actions.field.reason", true);
        var errors = new FormErrors(screen).bind("reason", reason);
        new FormDialog(t("actions.reopen.title", action.title()), t("actions.reopen"), "action-reopening",
                new FormLayout(reason), () -> attempt(errors, "actions.reopened",
                () -> manage.reopen(action.id(), reason.getValue(), action.version()))).open();
    }

    void reassign(CorrectiveAction action) {
        var owner = new ComboBox<String>(t("actions.field.owner"));
        owner.setId("action-reassign-owner");
        var owners = new ArrayList<>(manage.possibleOwners());
        if (!owners.contains(action.owner())) {
            owners.addFirst(action.owner()); // no longer eligible, but still the owner until changed
        }
        owner.setItems(owners);
        owner.setItemLabelGenerator(texts::person);
        owner.setValue(action.owner());
        var due = new LocalizedDatePicker(t("actions.field.due-on"));
        due.setId("action-reassign-due-on");
        due.setValue(action.dueOn());
        var errors = new FormErrors(screen).bind("owner", owner).bind("dueOn", due);
        new FormDialog(t("actions.reassign"), t("action.save"), "action-reassignment", new FormLayout(owner, due),
                () -> attempt(errors, "actions.reassigned", () -> manage.reassign(action.id(),
                        owner.getValue() == null ? "" : owner.getValue(),
                        due.getValue() == null ? LocalDate.MIN : due.getValue(), action.version()))).open();
    }

    private boolean attempt(FormErrors errors, String successKey, Runnable useCase) {
        return Attempt.run(screen, errors, successKey, useCase, changed);
    }

    private TextArea textArea(String id, String labelKey, boolean required) {
        return StepActions.note(screen, id, labelKey, required, CorrectiveAction.MAX_TEXT);
    }

    private String t(String key, Object... arguments) {
        return screen.getTranslation(key, arguments);
    }
}
