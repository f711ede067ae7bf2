package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.port.in.Inbox;
import jakarta.annotation.security.PermitAll;

import java.util.Optional;

/**
 * The signed-in user's notifications: reminders and escalations of overdue corrective actions,
 * assignments, submissions. Opening one marks it read and follows its link.
 */
@Route(value = "inbox", layout = MainLayout.class)
@Menu(order = 1, title = "nav.home.inbox")
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final Inbox inbox;
    private final Grid<InboxEntry> grid = new Grid<>();
    private final Span unread = new Span();
    private final Button open;
    private final Button markRead;

    InboxView(Inbox inbox) {
        this.inbox = inbox;
        addClassName("view");
        setSizeFull();
        unread.setId("inbox-unread");
        var toolbar = new Toolbar(unread);
        open = toolbar.button("inbox.open", "inbox-open", () -> selected().ifPresent(this::follow));
        markRead = toolbar.button("inbox.mark-read", "inbox-mark-read", () -> selected().ifPresent(e -> {
            Attempt.run(this, "inbox.marked-read", () -> inbox.markRead(e.id()));
            refresh();
        }));
        toolbar.button("inbox.mark-all-read", "inbox-mark-all-read", () -> {
            Attempt.run(this, "inbox.marked-read", inbox::markAllRead);
            refresh();
        });

        grid.setId("inbox-grid");
        grid.addComponentColumn(e -> e.unread()
                        ? new StatusBadge(getTranslation("inbox.unread"), StatusBadge.Tone.WARNING)
                        : new Span(getTranslation("inbox.read")))
                .setHeader(getTranslation("inbox.state")).setKey("state").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::subject).setHeader(getTranslation("inbox.subject")).setKey("subject").setFlexGrow(3);
        grid.addColumn(e -> Formats.dateTime(e.createdAt())).setHeader(getTranslation("inbox.received"))
                .setKey("received").setAutoWidth(true);
        grid.setPartNameGenerator(e -> e.unread() ? "unread" : null);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.addSelectionListener(e -> enable());
        grid.addItemDoubleClickListener(e -> follow(e.getItem()));
        add(new H2(getPageTitle()), toolbar, grid);
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
        grid.setItems(inbox.mine());
        int unreadCount = inbox.unreadCount();
        unread.setText(getTranslation("inbox.unread-count", unreadCount));
        // after reading here: the bell in the top bar follows (on the first showing it counts for itself)
        getUI().ifPresent(ui -> InboxChanged.fire(ui, unreadCount));
        enable();
    }

    private void enable() {
        open.setEnabled(selected().isPresent());
        markRead.setEnabled(selected().filter(InboxEntry::unread).isPresent());
    }

    private Optional<InboxEntry> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
