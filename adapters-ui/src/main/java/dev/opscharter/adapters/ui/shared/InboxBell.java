package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.port.in.Inbox;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * The bell in the top bar: a link to the inbox with the number of unread notifications. The count
 * is one count query, asked for on every navigation, at most every {@link #REFRESH} while the page
 * stays open (through the UI's polling, shared with the pages that poll for their own work, see
 * {@link Polling}), and taken over from the inbox page when the user reads there
 * ({@link InboxChanged}).
 *
 * <p>Polling counts as activity for the session: so that an idle session still expires
 * ({@code vaadin.closeIdleSessions}), the bell stops polling after {@link #IDLE} without a
 * navigation and starts again with the next one.
 */
public final class InboxBell extends Composite<RouterLink> implements AfterNavigationObserver {

    static final Duration REFRESH = Duration.ofMinutes(1);
    static final Duration IDLE = Duration.ofMinutes(10);
    /** More than this many unread show as "99+". */
    static final int MOST_SHOWN = 99;

    private final transient Inbox inbox;
    private final Span count = new Span();
    private Instant refreshedAt = Instant.MIN;
    private Instant activeAt = Instant.MIN;
    private @Nullable Registration polls;
    private @Nullable Registration changes;

    public InboxBell(Inbox inbox) {
        this.inbox = inbox;
        var link = getContent();
        link.setRoute(InboxView.class);
        link.setId("inbox-bell");
        link.addClassName("navbar-inbox");
        count.setId("inbox-bell-count");
        count.addClassName("navbar-inbox-count");
        count.setVisible(false);
        link.add(VaadinIcon.BELL.create(), count);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var ui = attach.getUI();
        polls = ui.addPollListener(poll -> polled(Instant.now()));
        changes = InboxChanged.listen(ui, this::show);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        Polling.release(detach.getUI(), this);
        if (polls != null) {
            polls.remove();
            polls = null;
        }
        if (changes != null) {
            changes.remove();
            changes = null;
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navigated(Instant.now());
    }

    /** The user moved to another page: a fresh count, and polling (again) from now on. */
    void navigated(Instant now) {
        activeAt = now;
        refresh(now);
        getUI().ifPresent(ui -> Polling.request(ui, this, (int) REFRESH.toMillis()));
    }

    /**
     * The UI polled, for the bell or for another part of the page: a fresh count if the last one
     * is older than half the refresh interval (the bell's own polls always are, those of a page
     * following an import every half second are not), nothing once the user has been idle too long.
     */
    void polled(Instant now) {
        if (!now.isBefore(activeAt.plus(IDLE))) {
            getUI().ifPresent(ui -> Polling.release(ui, this));
            return;
        }
        if (!now.isBefore(refreshedAt.plus(REFRESH.dividedBy(2)))) {
            refresh(now);
        }
    }

    private void refresh(Instant now) {
        refreshedAt = now;
        try {
            show(inbox.unreadCount());
        } catch (AccessDenied signedOutMeanwhile) {
            show(0);
        }
    }

    private void show(int unread) {
        count.setText(unread > MOST_SHOWN ? MOST_SHOWN + "+" : Integer.toString(unread));
        count.setVisible(unread > 0);
        var label = getTranslation("notifications.bell", unread);
        var link = getContent();
        link.getElement().setAttribute("aria-label", label);
        link.getElement().setAttribute("title", label);
        link.getElement().setAttribute("unread", unread > 0);
    }
}
