package dev.opscharter.adapters.ui.compliance.rectification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.opscharter.adapters.ui.shared.BoundedUpload;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.kit.Facts;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.adapters.ui.shared.kit.StepActions.StepForm;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries.Recurrence;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.compliance.ActionEvent;
import dev.opscharter.domain.compliance.ActionStep;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.RuleViolation;

import java.io.ByteArrayInputStream;
import java.util.UUID;

/**
 * One corrective action in full: its finding (and whether it recurred in the next period), owner,
 * due date, root cause, evidence files (upload and download), history, and exactly the steps the
 * action's rules give this user (submitting without a root cause shows disabled, with the reason).
 */
final class ActionDetails {

    private final CorrectiveActionQueries queries;
    private final ManageCorrectiveActions manage;
    private final ActionTexts texts;
    private final Facts facts;

    private ActionDetails(CorrectiveActionQueries queries, ManageCorrectiveActions manage, ActionTexts texts,
                          Facts facts) {
        this.queries = queries;
        this.manage = manage;
        this.texts = texts;
        this.facts = facts;
    }

    /**
     * @param permissions whether the user may follow the action's history into the audit trail
     * @param changed     runs after every step, for the list behind the dialog
     */
    static void open(CorrectiveActionQueries queries, ManageCorrectiveActions manage, ActionTexts texts,
                     MyPermissions permissions, CorrectiveActionId id, Runnable changed) {
        var steps = new StepActions<CorrectiveAction, ActionStep>()
                .on(ActionStep.START, "actions.start", "action-start",
                        StepForm.now("actions.started", a -> manage.start(a.id(), a.version())))
                .on(ActionStep.RECORD_ROOT_CAUSE, "actions.root-cause.edit", "action-root-cause-edit",
                        (owner, a, done) -> new ActionForms(owner, manage, texts, done).editRootCause(a))
                .on(ActionStep.SUBMIT, "actions.submit", "action-submit", ButtonVariant.PRIMARY,
                        (owner, a, done) -> new ActionForms(owner, manage, texts, done).submit(a))
                .on(ActionStep.VERIFY, "actions.verify", "action-verify", ButtonVariant.PRIMARY,
                        StepForm.now("actions.verified", a -> manage.verify(a.id(), a.version())))
                .on(ActionStep.CLOSE, "actions.close", "action-close", ButtonVariant.PRIMARY,
                        StepForm.now("actions.closed", a -> manage.close(a.id(), a.version())))
                .on(ActionStep.REOPEN, "actions.reopen", "action-reopen",
                        (owner, a, done) -> new ActionForms(owner, manage, texts, done).reopen(a))
                .on(ActionStep.REASSIGN, "actions.reassign", "action-reassign",
                        (owner, a, done) -> new ActionForms(owner, manage, texts, done).reassign(a));
        new RecordDialog<>("action-details", () -> queries.detail(id), CorrectiveAction::title,
                (action, facts) -> new ActionDetails(queries, manage, texts, facts).show(action), steps, changed)
                .history(permissions, "CorrectiveAction", id).open();
    }

    private void show(CorrectiveAction action) {
        var today = queries.today();
        var status = texts.statusBadge(action.status());
        status.setId("action-status");
        facts.item("actions.field.status", status);
        facts.text("actions.field.finding", "action-finding", texts.origin(action.origin()));
        facts.text("actions.field.owner", "action-owner", texts.person(action.owner()));
        var due = facts.text("actions.field.due-on", "action-due-on", Formats.date(action.dueOn()));
        if (action.isOverdue(today)) {
            due.setText(Formats.date(action.dueOn()) + " · " + t("actions.overdue.days", action.daysOverdue(today)));
            due.addClassName("overdue");
        }
        facts.text("actions.field.assigned-by", "action-assigned-by", texts.person(action.assignedBy()));
        facts.text("actions.field.cases", "action-cases", Formats.number(action.caseCount()));
        facts.text("actions.field.finding-description", "action-finding-description", action.findingDescription());
        facts.text("actions.field.root-cause", "action-root-cause",
                action.rootCause().isEmpty() ? t("actions.none") : action.rootCause());
        if (!action.note().isEmpty()) {
            facts.text("actions.field.note", "action-note", action.note());
        }
        // an incident's follow-up has no check to recur in
        action.finding().ifPresent(finding -> facts.text("actions.field.recurrence", "action-recurrence",
                recurrence(finding)));
        facts.section(evidence(action));
        facts.section(history(action));
    }

    private String recurrence(FindingRef finding) {
        var answer = new String[]{""};
        new FormErrors(facts.dialog()).run(() -> answer[0] = switch (queries.recurrence(finding)) {
            case Recurrence.NotYetChecked(var period) -> t("actions.recurrence.not-checked", period);
            case Recurrence.Recurred(var later, var description, var cases) ->
                    t("actions.recurrence.recurred", later.periodKey(), cases);
            case Recurrence.Cleared(var check, var period) -> t("actions.recurrence.cleared", period);
        });
        return answer[0];
    }

    private Component evidence(CorrectiveAction action) {
        var section = new Div(new H4(t("actions.evidence")));
        section.setId("action-evidence");
        var names = queries.evidenceNames(action.id());
        if (names.isEmpty()) {
            var none = new Span(t("actions.evidence.none"));
            none.addClassName("muted");
            section.add(none);
        }
        int index = 0;
        for (var entry : names.entrySet()) {
            section.add(new Div(download(action, entry.getKey(), entry.getValue(), index++)));
        }
        if (facts.offers(ActionStep.ATTACH_EVIDENCE)) {
            section.add(upload(action));
        }
        return section;
    }

    private Component download(CorrectiveAction action, UUID attachment, String fileName, int index) {
        var id = action.id();
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = queries.evidence(id, attachment);
            var content = file.content();
            return new DownloadResponse(new ByteArrayInputStream(content), file.fileName(), file.contentType(),
                    content.length);
        }), fileName);
        link.setId("action-evidence-" + index);
        return link;
    }

    private Component upload(CorrectiveAction action) {
        var ui = UI.getCurrent();
        var id = action.id();
        var tooLarge = t("validation.attachment.too-large", AttachmentFile.MAX_BYTES / 1024 / 1024);
        var upload = new Upload(BoundedUpload.inMemory(AttachmentFile.MAX_BYTES, tooLarge, (metadata, bytes) -> {
            // runs in the upload request without the session lock: store first, then update the dialog
            try {
                manage.attachEvidence(id, metadata.fileName(), metadata.contentType(), bytes);
                ui.access(() -> {
                    FormErrors.success(facts.dialog(), t("actions.evidence.added", metadata.fileName()));
                    facts.reload();
                });
            } catch (InvalidValue refused) {
                ui.access(() -> FormErrors.error(facts.dialog(), t(refused.messageKey(), refused.arguments().toArray())));
            } catch (RuleViolation refused) {
                ui.access(() -> FormErrors.error(facts.dialog(), t(refused.messageKey(), refused.arguments().toArray())));
            } catch (RuntimeException failed) {
                ui.access(() -> FormErrors.error(facts.dialog(),
                        t(failed instanceof AccessDenied ? "error.access-denied" : "error.unexpected")));
            }
        }));
        upload.setId("action-evidence-upload");
        upload.setMaxFileSize(AttachmentFile.MAX_BYTES);
        BoundedUpload.showRejections(upload);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t("actions.evidence.add")).setMany(t("actions.evidence.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t("actions.evidence.drop"))
                        .setMany(t("actions.evidence.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(tooLarge)));
        return upload;
    }

    private Component history(CorrectiveAction action) {
        var section = new Div(new H4(t("actions.history")));
        var grid = new Grid<ActionEvent>();
        grid.setId("action-history");
        grid.addColumn(e -> Formats.dateTime(e.at())).setHeader(t("actions.history.at")).setKey("at").setAutoWidth(true);
        grid.addColumn(e -> texts.person(e.by())).setHeader(t("actions.history.by")).setKey("by").setAutoWidth(true);
        grid.addColumn(e -> t("actions.event." + e.kind().name())).setHeader(t("actions.history.step")).setKey("step");
        grid.addColumn(ActionEvent::remark).setHeader(t("actions.history.remark")).setKey("remark");
        grid.setItems(action.history().reversed());
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private String t(String key, Object... arguments) {
        return facts.t(key, arguments);
    }
}
