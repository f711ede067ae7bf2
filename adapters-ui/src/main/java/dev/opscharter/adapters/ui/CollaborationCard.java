package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.collaboration.port.in.CollaborationOverview;
import dev.opscharter.application.collaboration.port.in.CollaborationOverview.DepartmentView;
import dev.opscharter.application.collaboration.port.in.CollaborationOverview.Overdue;
import dev.opscharter.application.collaboration.port.in.CollaborationOverview.ProjectMilestone;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.organization.DepartmentCode;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The home page's collaboration card: a department lead's meetings, items, milestones and conflicts, or, for those
 * who manage collaboration, what is past due across all departments. Each line links to its record.
 */
final class CollaborationCard extends Composite<Div> {

    /** Lines shown per section; the rest are a link away. */
    static final int SHOWN = 5;
    static final String MEETINGS = "collaboration/meetings";
    static final String PROJECTS = "collaboration/projects";
    static final String CONFLICTS = "collaboration/conflicts";
    static final String WORK_ITEMS = "charter/work-items";
    static final String WORK_ITEM = WORK_ITEMS + "?item=";

    private final Function<DepartmentCode, String> names;

    private CollaborationCard(String titleKey, String id, Function<DepartmentCode, String> names) {
        this.names = names;
        var card = getContent();
        card.addClassName("card");
        card.setId(id);
        card.add(new H3(getTranslation(titleKey)));
    }

    /** @param names a department's name in the reader's language */
    static CollaborationCard of(DepartmentView view, Function<DepartmentCode, String> names) {
        var card = new CollaborationCard("home.collaboration.department", "card-collaboration", names);
        var today = view.today();
        card.section("home.collaboration.meetings", view.nextMeetings(), MEETINGS, card::meeting);
        card.section("home.collaboration.items", view.openItems(), WORK_ITEMS, item -> card.item(item, today));
        card.section("home.collaboration.milestones", view.milestones(), PROJECTS,
                milestone -> card.milestone(milestone, today));
        card.section("home.collaboration.conflicts", view.conflicts(), CONFLICTS, card::conflict);
        card.noneIf(view.nextMeetings().isEmpty() && view.openItems().isEmpty() && view.milestones().isEmpty()
                && view.conflicts().isEmpty());
        return card;
    }

    static CollaborationCard of(Overdue overdue, Function<DepartmentCode, String> names) {
        var card = new CollaborationCard("home.collaboration.overdue", "card-collaboration-overdue", names);
        var today = overdue.today();
        card.section("home.collaboration.items-overdue", overdue.items(), WORK_ITEMS, item -> card.item(item, today));
        card.section("home.collaboration.milestones-overdue", overdue.milestones(), PROJECTS,
                milestone -> card.milestone(milestone, today));
        card.section("home.collaboration.conflicts-open", overdue.conflicts(), CONFLICTS, card::conflict);
        card.noneIf(overdue.isEmpty());
        return card;
    }

    /** @param more the list that shows every line, linked when there are more than {@link #SHOWN} */
    private <T> void section(String titleKey, List<T> lines, String more, Function<T, Anchor> line) {
        if (lines.isEmpty()) {
            return;
        }
        var card = getContent();
        card.add(new H4(getTranslation(titleKey, lines.size())));
        lines.stream().limit(SHOWN).map(line).forEach(card::add);
        if (lines.size() > SHOWN) {
            var rest = new Anchor(more, getTranslation("home.collaboration.more", lines.size() - SHOWN));
            rest.addClassName("muted");
            card.add(rest);
        }
    }

    private void noneIf(boolean empty) {
        if (empty) {
            var clear = new Span(getTranslation("home.collaboration.none"));
            clear.addClassName("all-clear");
            getContent().add(clear);
        }
    }

    private Anchor meeting(Meeting meeting) {
        return line(MEETINGS + "?meeting=" + meeting.id(), getTranslation("home.collaboration.meeting",
                meeting.title(), Formats.dateTime(meeting.scheduledAt())), false);
    }

    private Anchor item(ActionItem item, LocalDate today) {
        var target = item.workItem().map(id -> WORK_ITEM + id).orElse(WORK_ITEMS);
        return line(target, getTranslation("home.collaboration.item", item.title(), names.apply(item.owner()),
                Formats.date(item.dueOn())), item.dueOn().isBefore(today));
    }

    private Anchor milestone(ProjectMilestone each, LocalDate today) {
        var milestone = each.milestone();
        return line(PROJECTS + "?project=" + each.project().id(), getTranslation("home.collaboration.milestone",
                each.project().name(), milestone.title(), names.apply(milestone.owner()), Formats.date(milestone.dueOn())),
                milestone.isOverdue(today));
    }

    private Anchor conflict(Conflict conflict) {
        var parties = conflict.parties().stream().map(names).sorted().toList();
        return line(CONFLICTS + "?conflict=" + conflict.id(), getTranslation("home.collaboration.conflict",
                String.join(" · ", parties), abbreviate(conflict.matter())), false);
    }

    private static Anchor line(String route, String text, boolean late) {
        var link = new Anchor(route, text);
        link.addClassName("collaboration-line");
        if (late) {
            link.addClassName("overdue");
        }
        return link;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
