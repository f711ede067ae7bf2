package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.kit.Facts;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.collaboration.port.in.ManageMeetings;
import dev.opscharter.application.collaboration.port.in.MeetingQueries;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.ActionItemId;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingStep;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One meeting in full: when, with whom and where it stands; its agenda with the items still open from the last
 * meeting; the minutes and decisions; its action items with the department that owns each, when due, whether still
 * open and the work item each became; and exactly the steps the domain gives this user.
 */
final class MeetingDetails {

    /** What the details need. */
    record Context(MeetingQueries queries, ManageMeetings manage, CharterQueries charter,
                   ActionItemsGrid.Routing routing, MyPermissions permissions, CollaborationTexts texts) {
    }

    private final Context context;
    private final Facts facts;

    private MeetingDetails(Context context, Facts facts) {
        this.context = context;
        this.facts = facts;
    }

    /** @param changed runs after every step, for the list behind the dialog */
    static void open(Context context, MeetingId id, Runnable changed) {
        var manage = context.manage();
        var texts = context.texts();
        var steps = new StepActions<Meeting, MeetingStep>()
                .on(MeetingStep.EDIT_AGENDA, "collaboration.meeting.step.agenda", "meeting-step-agenda",
                        (owner, m, done) -> new MeetingStepForms(owner, manage, texts, done).addToAgenda(m))
                .on(MeetingStep.RECORD_MINUTES, "collaboration.meeting.step.minutes", "meeting-step-minutes",
                        ButtonVariant.PRIMARY,
                        (owner, m, done) -> new MeetingStepForms(owner, manage, texts, done).recordMinutes(m))
                .on(MeetingStep.ADD_ACTION_ITEM, "collaboration.meeting.step.item", "meeting-step-item",
                        (owner, m, done) -> new MeetingStepForms(owner, manage, texts, done)
                                .addActionItem(m, context.charter().inForce()))
                .on(MeetingStep.CLOSE, "collaboration.meeting.step.close", "meeting-step-close",
                        (owner, m, done) -> new MeetingStepForms(owner, manage, texts, done).close(m));
        new RecordDialog<>("meeting-details", () -> context.queries().meeting(id),
                m -> m.title() + " · " + Formats.dateTime(m.scheduledAt()),
                (meeting, facts) -> new MeetingDetails(context, facts).show(meeting), steps, changed)
                .history(context.permissions(), "Meeting", id).open();
    }

    private void show(Meeting meeting) {
        var texts = context.texts();
        var status = texts.meetingStatus(meeting.status());
        status.setId("meeting-status");
        facts.item("collaboration.meeting.status", status);
        facts.text("collaboration.meeting.scheduled", "meeting-scheduled", Formats.dateTime(meeting.scheduledAt()));
        facts.text("collaboration.meeting.departments", "meeting-departments", texts.departments(meeting.departments()));
        var open = context.queries().openItems(meeting.id()).stream().map(ActionItem::id).collect(Collectors.toSet());
        facts.section(agenda(meeting, open));
        facts.section(minutes(meeting));
        facts.section(new Div(new H4(texts.t("collaboration.meeting.items")), ActionItemsGrid.of("meeting-items",
                texts, meeting.actionItems(), Optional.of(open), context.routing(), "collaboration.meeting.items.none")));
    }

    /** The points in order, then what the last meeting left open: nothing agreed is forgotten. */
    private Component agenda(Meeting meeting, Set<ActionItemId> open) {
        var texts = context.texts();
        var section = new Div(new H4(texts.t("collaboration.meeting.agenda")));
        section.add(points("meeting-agenda", meeting.agenda()));
        var carried = meeting.carried().stream().filter(item -> open.contains(item.id())).toList();
        var heading = new H4(texts.t("collaboration.meeting.carried"));
        section.add(heading, ActionItemsGrid.of("meeting-carried", texts, carried, Optional.empty(),
                context.routing(), "collaboration.meeting.carried.none"));
        return section;
    }

    private Component minutes(Meeting meeting) {
        var texts = context.texts();
        var section = new Div(new H4(texts.t("collaboration.meeting.minutes")));
        var minutes = new Span(meeting.minutes().isBlank() ? texts.t("collaboration.meeting.minutes.none")
                : meeting.minutes());
        minutes.setId("meeting-minutes");
        minutes.getStyle().set("white-space", "pre-line").set("display", "block");
        if (meeting.minutes().isBlank()) {
            minutes.addClassName("muted");
        }
        section.add(minutes, new H4(texts.t("collaboration.meeting.decisions")));
        if (meeting.decisions().isEmpty()) {
            var none = new Span(texts.t("collaboration.meeting.decisions.none"));
            none.setId("meeting-decisions-none");
            none.addClassName("muted");
            section.add(none);
        } else {
            section.add(points("meeting-decisions", meeting.decisions()));
        }
        return section;
    }

    private static OrderedList points(String id, List<String> points) {
        var list = new OrderedList();
        list.setId(id);
        points.forEach(point -> list.add(new ListItem(point)));
        return list;
    }
}
