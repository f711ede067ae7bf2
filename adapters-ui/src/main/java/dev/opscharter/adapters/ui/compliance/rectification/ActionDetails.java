package dev.opscharter.adapters.ui.compliance.rectification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.opscharter.adapters.ui.shared.BoundedUpload;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries.Recurrence;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.domain.compliance.ActionEvent;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.shared.InvalidValue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

/**
 * One corrective action in full: its finding (and whether it recurred in the next period), owner,
 * due date, root cause, evidence files (upload and download), history, and the lifecycle steps its
 * status allows. Whether this user may take a step is the use case's decision; the buttons follow
 * the status and the user's part (owner, manager).
 */
final class ActionDetails extends Dialog {

    private final CorrectiveActionQueries queries;
    private final ManageCorrectiveActions manage;
    private final ActionTexts texts;
    private final String me;
    private final boolean manager;
    private final Runnable changed;
    private CorrectiveAction action;

    ActionDetails(CorrectiveActionQueries queries, ManageCorrectiveActions manage, ActionTexts texts,
                  CorrectiveAction action, String me, boolean manager, Runnable changed) {
        this.queries = queries;
        this.manage = manage;
        this.texts = texts;
        this.action = action;
        this.me = me;
        this.manager = manager;
        this.changed = changed;
        setId("action-details");
        setWidth("min(860px, 95vw)");
        render();
    }

    private void reload() {
        var id = action.id();
        boolean found = new FormErrors(this).run(() -> action = queries.get(id));
        changed.run();
        if (found) {
            render();
        } else {
            close();
        }
    }

    private void render() {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(action.title());
        var today = queries.today();

        var facts = new FormLayout();
        facts.setId("action-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var status = texts.statusBadge(action.status());
        status.setId("action-status");
        facts.addFormItem(status, t("actions.field.status"));
        facts.addFormItem(text("action-finding", texts.finding(action.finding())), t("actions.field.finding"));
        facts.addFormItem(text("action-owner", texts.person(action.owner())), t("actions.field.owner"));
        var due = text("action-due-on", Formats.date(action.dueOn()));
        if (action.isOverdue(today)) {
            due.setText(Formats.date(action.dueOn()) + " · " + t("actions.overdue.days", action.daysOverdue(today)));
            due.addClassName("overdue");
        }
        facts.addFormItem(due, t("actions.field.due-on"));
        facts.addFormItem(text("action-assigned-by", texts.person(action.assignedBy())),
                t("actions.field.assigned-by"));
        facts.addFormItem(text("action-cases", Formats.number(action.caseCount())), t("actions.field.cases"));
        var description = text("action-finding-description", action.findingDescription());
        facts.addFormItem(description, t("actions.field.finding-description"));
        var cause = text("action-root-cause", action.rootCause().isEmpty() ? t("actions.none") : action.rootCause());
        facts.addFormItem(cause, t("actions.field.root-cause"));
        if (!action.note().isEmpty()) {
            facts.addFormItem(text("action-note", action.note()), t("actions.field.note"));
        }
        facts.addFormItem(text("action-recurrence", recurrence()), t("actions.field.recurrence"));
        add(facts, evidence(), history());
        footer();
    }

    private String recurrence() {
        var answer = new String[]{""};
        new FormErrors(this).run(() -> answer[0] = switch (queries.recurrence(action.finding())) {
            case Recurrence.NotYetChecked(var period) -> t("actions.recurrence.not-checked", period);
            case Recurrence.Recurred(var later, var description, var cases) ->
                    t("actions.recurrence.recurred", later.periodKey(), cases);
            case Recurrence.Cleared(var check, var period) -> t("actions.recurrence.cleared", period);
        });
        return answer[0];
    }

    private Component evidence() {
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
            section.add(new Div(download(entry.getKey(), entry.getValue(), index++)));
        }
        if (action.status().awaitsOwner() && (action.owner().equals(me) || manager)) {
            section.add(upload());
        }
        return section;
    }

    private Component download(UUID attachment, String fileName, int index) {
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

    private Component upload() {
        var ui = UI.getCurrent();
        var id = action.id();
        var tooLarge = t("validation.attachment.too-large", AttachmentFile.MAX_BYTES / 1024 / 1024);
        var upload = new Upload(BoundedUpload.inMemory(AttachmentFile.MAX_BYTES, tooLarge, (metadata, bytes) -> {
            // runs in the upload request without the session lock: store first, then update the dialog
            try {
                manage.attachEvidence(id, metadata.fileName(), metadata.contentType(), bytes);
                ui.access(() -> {
                    FormErrors.success(this, t("actions.evidence.added", metadata.fileName()));
                    reload();
                });
            } catch (InvalidValue refused) {
                ui.access(() -> FormErrors.error(this, t(refused.messageKey(), refused.arguments().toArray())));
            } catch (dev.opscharter.domain.shared.RuleViolation refused) {
                ui.access(() -> FormErrors.error(this, t(refused.messageKey(), refused.arguments().toArray())));
            } catch (RuntimeException failed) {
                ui.access(() -> FormErrors.error(this,
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

    private Component history() {
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

    private void footer() {
        boolean owner = action.owner().equals(me);
        var status = action.status();
        if (status == ActionStatus.OPEN && (owner || manager)) {
            button("action-start", "actions.start", () -> step("actions.started",
                    () -> manage.start(action.id(), action.version())));
        }
        if (status.awaitsOwner() && (owner || manager)) {
            button("action-root-cause-edit", "actions.root-cause.edit", this::editRootCause);
        }
        if (status == ActionStatus.IN_PROGRESS && owner) {
            button("action-submit", "actions.submit", this::submit).addThemeVariants(ButtonVariant.PRIMARY);
        }
        if (manager) {
            if (status == ActionStatus.SUBMITTED) {
                button("action-verify", "actions.verify", () -> step("actions.verified",
                        () -> manage.verify(action.id(), action.version()))).addThemeVariants(ButtonVariant.PRIMARY);
            }
            if (status == ActionStatus.VERIFIED) {
                button("action-close", "actions.close", () -> step("actions.closed",
                        () -> manage.close(action.id(), action.version()))).addThemeVariants(ButtonVariant.PRIMARY);
            }
            if (!status.awaitsOwner()) {
                button("action-reopen", "actions.reopen", this::reopen);
            }
            if (status != ActionStatus.CLOSED) {
                button("action-reassign", "actions.reassign", this::reassign);
            }
        }
        var close = new Button(t("actions.details.close"), e -> close());
        close.setId("action-details-close");
        getFooter().add(close);
    }

    private Button button(String id, String key, Runnable onClick) {
        var button = new Button(t(key), e -> onClick.run());
        button.setId(id);
        getFooter().add(button);
        return button;
    }

    private void step(String successKey, Runnable useCase) {
        Attempt.run(this, successKey, useCase);
        reload();
    }

    private void editRootCause() {
        var area = textArea("action-root-cause-text", "actions.field.root-cause", true);
        area.setValue(action.rootCause());
        var errors = new FormErrors(this).bind("rootCause", area);
        new FormDialog(t("actions.root-cause.edit"), t("action.save"), "action-root-cause", new FormLayout(area),
                () -> attempt(errors, "actions.root-cause.saved",
                        () -> manage.recordRootCause(action.id(), area.getValue(), action.version()))).open();
    }

    private void submit() {
        var note = textArea("action-submit-note", "actions.field.note", false);
        note.setHelperText(t("actions.submit.help"));
        var errors = new FormErrors(this).bind("note", note);
        new FormDialog(t("actions.submit.title", action.title()), t("actions.submit"), "action-submission",
                new FormLayout(note), () -> attempt(errors, "actions.submitted",
                () -> manage.submit(action.id(), note.getValue(), action.version()))).open();
    }

    private void reopen() {
        var reason = textArea("action-reopen-reason", "actions.field.reason", true);
        var errors = new FormErrors(this).bind("reason", reason);
        new FormDialog(t("actions.reopen.title", action.title()), t("actions.reopen"), "action-reopening",
                new FormLayout(reason), () -> attempt(errors, "actions.reopened",
                () -> manage.reopen(action.id(), reason.getValue(), action.version()))).open();
    }

    private void reassign() {
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
        var errors = new FormErrors(this).bind("owner", owner).bind("dueOn", due);
        new FormDialog(t("actions.reassign"), t("action.save"), "action-reassignment", new FormLayout(owner, due),
                () -> attempt(errors, "actions.reassigned", () -> manage.reassign(action.id(),
                        owner.getValue() == null ? "" : owner.getValue(),
                        due.getValue() == null ? LocalDate.MIN : due.getValue(), action.version()))).open();
    }

    private boolean attempt(FormErrors errors, String successKey, Runnable useCase) {
        boolean done = Attempt.run(this, errors, successKey, useCase);
        reload();
        return done;
    }

    private TextArea textArea(String id, String labelKey, boolean required) {
        var area = new TextArea(t(labelKey));
        area.setId(id);
        area.setRequiredIndicatorVisible(required);
        area.setMaxLength(CorrectiveAction.MAX_TEXT);
        area.setWidthFull();
        return area;
    }

    private static Span text(String id, String value) {
        var span = new Span(value);
        span.setId(id);
        return span;
    }

    private String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }
}
