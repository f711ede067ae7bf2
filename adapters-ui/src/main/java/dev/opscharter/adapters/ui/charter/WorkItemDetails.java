package dev.opscharter.adapters.ui.charter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.Facts;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.SignOff;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemStep;

import java.util.Optional;

/**
 * One work item in full: the charter line it was routed by, the sign-off record, how it was closed,
 * and exactly the steps the item's rules give this user (a completion the charter reserves for
 * others shows disabled, with the reason).
 */
final class WorkItemDetails {

    private final CharterTexts texts;
    private final Facts facts;

    private WorkItemDetails(CharterTexts texts, Facts facts) {
        this.texts = texts;
        this.facts = facts;
    }

    /**
     * @param permissions whether the user may follow the item's history into the audit trail
     * @param changed     runs after every step, for the screen behind the dialog
     */
    static void open(WorkItemQueries queries, ManageWorkItems manage, CharterTexts texts, MyPermissions permissions,
                     WorkItemId id, Runnable changed) {
        var steps = new StepActions<WorkItem, WorkItemStep>()
                .on(WorkItemStep.COMPLETE, "charter.work-item.complete", "work-item-complete", ButtonVariant.PRIMARY,
                        (owner, item, done) -> new WorkItemActions(owner, manage, done).complete(item))
                .on(WorkItemStep.REQUEST_SIGN_OFF, "charter.work-item.request-sign-off", "work-item-request-sign-off",
                        (owner, item, done) -> new WorkItemActions(owner, manage, done).requestSignOff(item))
                .on(WorkItemStep.APPROVE, "charter.work-item.approve", "work-item-approve", ButtonVariant.PRIMARY,
                        (owner, item, done) -> new WorkItemActions(owner, manage, done).decide(item, true))
                .on(WorkItemStep.REJECT, "charter.work-item.reject", "work-item-reject", ButtonVariant.ERROR,
                        (owner, item, done) -> new WorkItemActions(owner, manage, done).decide(item, false))
                .on(WorkItemStep.CANCEL, "charter.work-item.cancel", "work-item-cancel", ButtonVariant.ERROR,
                        (owner, item, done) -> new WorkItemActions(owner, manage, done).cancel(item));
        var dialog = new RecordDialog<>("work-item-details", () -> queries.detail(id), WorkItem::title,
                (item, facts) -> new WorkItemDetails(texts, facts).show(item), steps, changed);
        dialog.setWidth("min(760px, 95vw)");
        dialog.history(permissions, "WorkItem", id).open();
    }

    private void show(WorkItem item) {
        facts.item("charter.work-item.kind", new Span(facts.t("charter.work-item.kind." + item.kind().name())));
        var status = texts.statusBadge(item.status());
        status.setId("work-item-status");
        facts.item("charter.work-item.status", status);
        facts.item("charter.work-item.duty-type",
                new Span(item.decision().citation().text(texts.language()) + " (" + item.dutyType().code() + ")"));
        var routing = new Div(texts.routingBadges(item.decision()), muted(texts.consequence(item.decision())));
        routing.setId("work-item-routing");
        facts.item("charter.work-item.routing", routing);
        var citation = new Div(new Span(texts.citation(item.decision().citation())),
                muted(texts.citationInOtherLanguage(item.decision().citation())));
        citation.setId("work-item-citation");
        facts.item("charter.work-item.citation", citation);
        if (!item.description().isEmpty()) {
            var description = new Span(item.description());
            description.getStyle().set("white-space", "pre-wrap");
            facts.item("charter.work-item.description", description);
        }
        facts.item("charter.work-item.raised", new Span(facts.t("charter.work-item.raised-by-at",
                texts.person(item.raisedBy()), Formats.dateTime(item.raisedAt()))));
        item.dueOn().ifPresent(due -> facts.item("charter.work-item.due", new Span(Formats.date(due))));
        signOff(item).ifPresent(record -> facts.item("charter.work-item.sign-off", record));
        if (item.status().isClosed()) {
            var closed = new Div(new Span(facts.t("charter.work-item.closed-by-at",
                    item.closedBy().map(texts::person).orElse(""), item.closedAt().map(Formats::dateTime).orElse(""))));
            if (!item.outcome().isEmpty()) {
                closed.add(muted(item.outcome()));
            }
            closed.setId("work-item-closing");
            facts.item("charter.work-item.closed", closed);
        }
    }

    /** The decision on record, or what is still required; nothing for work that needs no sign-off. */
    private Optional<Component> signOff(WorkItem item) {
        if (item.signOff().isPresent()) {
            SignOff record = item.signOff().get();
            var text = facts.t(record.approved() ? "charter.work-item.sign-off.approved"
                            : "charter.work-item.sign-off.rejected",
                    texts.person(record.by()), facts.t("role." + record.as().name()), Formats.dateTime(record.at()));
            var block = new Div(new StatusBadge(text, record.approved() ? StatusBadge.Tone.SUCCESS
                    : StatusBadge.Tone.ERROR));
            if (!record.comment().isEmpty()) {
                block.add(muted(record.comment()));
            }
            block.setId("work-item-sign-off");
            return Optional.of(block);
        }
        if (item.decision() instanceof BoundaryDecision.Redirect redirect && redirect.signOff().isPresent()) {
            var pending = muted(facts.t("charter.work-item.sign-off.required",
                    texts.signOff(redirect.signOff().get())));
            pending.setId("work-item-sign-off");
            return Optional.of(pending);
        }
        return Optional.empty();
    }

    private static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("muted");
        span.getStyle().set("display", "block");
        return span;
    }
}
