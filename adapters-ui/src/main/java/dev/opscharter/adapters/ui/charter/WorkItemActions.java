package dev.opscharter.adapters.ui.charter;

import dev.opscharter.adapters.ui.shared.Attempt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.domain.charter.WorkItem;

/**
 * The steps that finish a work item, each as the user starts it: a short form where the step needs
 * words (a note, a comment, a reason), then the use case, which decides whether this user may take
 * the step now; its refusals come back as localized messages. {@code changed} runs after every
 * attempt, so the screen shows the item as it is afterwards.
 */
final class WorkItemActions {

    private final Component owner;
    private final ManageWorkItems manage;
    private final Runnable changed;

    WorkItemActions(Component owner, ManageWorkItems manage, Runnable changed) {
        this.owner = owner;
        this.manage = manage;
        this.changed = changed;
    }

    void complete(WorkItem item) {
        var note = textArea("work-item-note", "charter.work-item.note", false);
        var errors = new FormErrors(owner).bind("outcome", note);
        new FormDialog(t("charter.work-item.complete.title", item.title()), t("charter.work-item.complete"),
                "work-item-completion", new FormLayout(note), () -> attempt(errors, "charter.work-item.completed",
                () -> manage.complete(item.id(), note.getValue(), item.version()))).open();
    }

    void requestSignOff(WorkItem item) {
        Attempt.run(owner, "charter.work-item.sign-off-requested",
                () -> manage.requestSignOff(item.id(), item.version()));
        changed.run();
    }

    void decide(WorkItem item, boolean approve) {
        var comment = textArea("work-item-comment", "charter.work-item.comment", !approve);
        if (!approve) {
            comment.setHelperText(t("charter.work-item.reject.help"));
        }
        var errors = new FormErrors(owner).bind("comment", comment);
        var verb = approve ? "approve" : "reject";
        new FormDialog(t("charter.work-item." + verb + ".title", item.title()), t("charter.work-item." + verb),
                approve ? "work-item-approval" : "work-item-rejection", new FormLayout(comment),
                () -> attempt(errors, approve ? "charter.work-item.approved" : "charter.work-item.rejected",
                        () -> manage.decideSignOff(item.id(), approve, comment.getValue(), item.version()))).open();
    }

    void cancel(WorkItem item) {
        var reason = textArea("work-item-reason", "charter.work-item.reason", true);
        var errors = new FormErrors(owner).bind("outcome", reason);
        new FormDialog(t("charter.work-item.cancel.title", item.title()), t("charter.work-item.cancel"),
                "work-item-cancellation", new FormLayout(reason), () -> attempt(errors, "charter.work-item.cancelled",
                () -> manage.cancel(item.id(), reason.getValue(), item.version()))).open();
    }

    private boolean attempt(FormErrors errors, String successKey, Runnable useCase) {
        return Attempt.run(owner, errors, successKey, useCase, changed);
    }

    private TextArea textArea(String id, String labelKey, boolean required) {
        return StepActions.note(owner, id, labelKey, required, WorkItem.MAX_TEXT);
    }

    private String t(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }
}
