package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.InboxFilter;
import dev.opscharter.application.shared.port.in.Inbox;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in user's notifications: reminders and escalations of overdue corrective actions,
 * assignments, submissions. Opening one marks it read and follows its link.
 */
@Route(value = "inbox", layout = MainLayout.class)
@Menu(order = 1, title = "nav.home.inbox")
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final Inbox inbox;
    private final Checkbox unreadOnly = new Checkbox();
    private final RecordList<InboxEntry, InboxFilter> list;
    private final Span unread = new Span();
    private final Button open;
    private final Button markRead;

    InboxView(Inbox inbox) {
        this.inbox = inbox;
        addClassName("view");
        setSizeFull();
        unread.setId("inbox-unread");
        unreadOnly.setId("inbox-unread-only");
        unreadOnly.setLabel(getTranslation("inbox.unread-only"));
        // a page at a time from the database, newest first: an inbox only grows
        list = new RecordList<>("inbox", RecordSource.of(inbox::page, inbox::count), InboxEntry::id, () -> new InboxFilter(unreadOnly.getValue()));
        list.title(getPageTitle());
        list.filters(unreadOnly, unread);
        open = list.action("inbox.open", "inbox-open", () -> list.selected().ifPresent(this::follow));
        markRead = list.action("inbox.mark-read", "inbox-mark-read", () -> list.selected().ifPresent(e -> {
            Attempt.run(this, "inbox.marked-read", () -> inbox.markRead(e.id()));
            refresh();
        }));
        list.action("inbox.mark-all-read", "inbox-mark-all-read", () -> {
            Attempt.run(this, "inbox.marked-read", inbox::markAllRead);
            refresh();
        });
        list.badgeColumn("inbox.state", e -> e.unread()
                        ? new StatusBadge(getTranslation("inbox.unread"), StatusBadge.Tone.WARNING)
                        : new Span(getTranslation("inbox.read")))
                .setKey("state").setFlexGrow(0);
        list.column("inbox.subject", this::subject, null).setKey("subject").setFlexGrow(3);
        list.column("inbox.received", e -> Formats.dateTime(e.createdAt()), "received").setKey("received")
                .setAutoWidth(true);
        list.rowPartNames(e -> e.unread() ? "unread" : null);
        list.emptyState("inbox.empty", null);
        list.onSelectionChange(selected -> enable());
        list.onOpen(this::follow);
        add(list);
        refresh();
    }

    String subject(InboxEntry entry) {
        return getTranslation(entry.subjectKey(), entry.shownArguments(Formats::date));
    }

    private void follow(InboxEntry entry) {
        if (entry.unread()) {
            inbox.markRead(entry.id());
        }
        if (entry.link().isBlank()) {
            refresh();
        } else {
            var location = new Location(entry.link());
            getUI().ifPresent(ui -> ui.navigate(location.getPath(), location.getQueryParameters()));
        }
    }

    private void refresh() {
        list.refresh(null);
        int unreadCount = inbox.unreadCount();
        unread.setText(getTranslation("inbox.unread-count", unreadCount));
        // after reading here: the bell in the top bar follows (on the first showing it counts for itself)
        getUI().ifPresent(ui -> InboxChanged.fire(ui, unreadCount));
        enable();
    }

    private void enable() {
        open.setEnabled(list.selected().isPresent());
        markRead.setEnabled(list.selected().filter(InboxEntry::unread).isPresent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
