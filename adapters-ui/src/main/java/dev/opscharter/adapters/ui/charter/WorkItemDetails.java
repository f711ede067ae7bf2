package dev.opscharter.adapters.ui.charter;

import dev.opscharter.adapters.ui.shared.StatusBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.SignOff;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemStatus;

import java.util.Optional;

/**
 * One work item in full: the charter line it was routed by, the sign-off record, how it was closed,
 * and the steps its status allows. Who may take a step is the use case's decision; the buttons only
 * follow the status (and, for approving, whether the item waits for this user's sign-off).
 */
final class WorkItemDetails extends Dialog {

    private final WorkItemQueries queries;
    private final CharterTexts texts;
    private final boolean mayAct;
    private final Runnable changed;
    private final WorkItemActions actions;
    private WorkItem item;

    /**
     * @param mayAct  whether the user's roles let them take steps at all (an auditor only reads)
     * @param changed runs after every step, for the screen behind the dialog
     */
    WorkItemDetails(WorkItemQueries queries, ManageWorkItems manage, CharterTexts texts, WorkItem item,
                    boolean mayAct, Runnable changed) {
        this.queries = queries;
        this.texts = texts;
        this.item = item;
        this.mayAct = mayAct;
        this.changed = changed;
        this.actions = new WorkItemActions(this, manage, this::reload);
        setId("work-item-details");
        setWidth("min(760px, 95vw)");
        render();
    }

    private void reload() {
        var id = item.id();
        boolean found = new FormErrors(this).run(() -> item = queries.get(id));
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
        setHeaderTitle(item.title());

        var facts = new FormLayout();
        facts.setId("work-item-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        facts.addFormItem(new Span(t("charter.work-item.kind." + item.kind().name())), t("charter.work-item.kind"));
        var status = texts.statusBadge(item.status());
        status.setId("work-item-status");
        facts.addFormItem(status, t("charter.work-item.status"));
        var duty = new Span(item.decision().citation().text(texts.language()) + " (" + item.dutyType().code() + ")");
        facts.addFormItem(duty, t("charter.work-item.duty-type"));
        var routing = new Div(texts.routingBadges(item.decision()), muted(texts.consequence(item.decision())));
        routing.setId("work-item-routing");
        facts.addFormItem(routing, t("charter.work-item.routing"));
        var citation = new Div(new Span(texts.citation(item.decision().citation())),
                muted(texts.citationInOtherLanguage(item.decision().citation())));
        citation.setId("work-item-citation");
        facts.addFormItem(citation, t("charter.work-item.citation"));
        if (!item.description().isEmpty()) {
            var description = new Span(item.description());
            description.getStyle().set("white-space", "pre-wrap");
            facts.addFormItem(description, t("charter.work-item.description"));
        }
        facts.addFormItem(new Span(t("charter.work-item.raised-by-at", texts.person(item.raisedBy()),
                Formats.dateTime(item.raisedAt()))), t("charter.work-item.raised"));
        item.dueOn().ifPresent(due -> facts.addFormItem(new Span(Formats.date(due)), t("charter.work-item.due")));
        signOff().ifPresent(record -> facts.addFormItem(record, t("charter.work-item.sign-off")));
        if (item.status().isClosed()) {
            var closed = new Div(new Span(t("charter.work-item.closed-by-at", item.closedBy().map(texts::person).orElse(""),
                    item.closedAt().map(Formats::dateTime).orElse(""))));
            if (!item.outcome().isEmpty()) {
                closed.add(muted(item.outcome()));
            }
            closed.setId("work-item-closing");
            facts.addFormItem(closed, t("charter.work-item.closed"));
        }
        add(facts);

        if (mayAct) {
            addActions();
        }
        var close = new Button(t("charter.action.close"), e -> close());
        close.setId("work-item-details-close");
        getFooter().add(close);
    }

    /** The decision on record, or what is still required; nothing for work that needs no sign-off. */
    private Optional<Component> signOff() {
        if (item.signOff().isPresent()) {
            SignOff record = item.signOff().get();
            var text = t(record.approved() ? "charter.work-item.sign-off.approved" : "charter.work-item.sign-off.rejected",
                    texts.person(record.by()), t("role." + record.as().name()), Formats.dateTime(record.at()));
            var block = new Div(new StatusBadge(text, record.approved() ? StatusBadge.Tone.SUCCESS
                    : StatusBadge.Tone.ERROR));
            if (!record.comment().isEmpty()) {
                block.add(muted(record.comment()));
            }
            block.setId("work-item-sign-off");
            return Optional.of(block);
        }
        if (item.decision() instanceof BoundaryDecision.Redirect redirect && redirect.signOff().isPresent()) {
            var pending = muted(t("charter.work-item.sign-off.required", texts.signOff(redirect.signOff().get())));
            pending.setId("work-item-sign-off");
            return Optional.of(pending);
        }
        return Optional.empty();
    }

    private void addActions() {
        var current = item;
        switch (current.status()) {
            case OPEN, HANDED_OVER -> {
                action("charter.work-item.complete", "work-item-complete", () -> actions.complete(current))
                        .addThemeVariants(ButtonVariant.PRIMARY);
                if (current.status() == WorkItemStatus.OPEN && current.needsSignOff()) {
                    action("charter.work-item.request-sign-off", "work-item-request-sign-off",
                            () -> actions.requestSignOff(current));
                }
                action("charter.work-item.cancel", "work-item-cancel", () -> actions.cancel(current))
                        .addThemeVariants(ButtonVariant.ERROR);
            }
            case AWAITING_SIGN_OFF -> {
                if (queries.awaitingMySignOff().stream().anyMatch(i -> i.id().equals(current.id()))) {
                    action("charter.work-item.approve", "work-item-approve", () -> actions.decide(current, true))
                            .addThemeVariants(ButtonVariant.PRIMARY);
                    action("charter.work-item.reject", "work-item-reject", () -> actions.decide(current, false))
                            .addThemeVariants(ButtonVariant.ERROR);
                }
            }
            case DONE, CANCELLED -> {
            }
        }
    }

    private Button action(String textKey, String id, Runnable onClick) {
        var button = new Button(t(textKey), e -> onClick.run());
        button.setId(id);
        getFooter().add(button);
        return button;
    }

    private static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("muted");
        span.getStyle().set("display", "block");
        return span;
    }

    private String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }
}
