package dev.opscharter.application.shared.port.in;

import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.InboxFilter;
import dev.opscharter.application.shared.PageRequest;

import java.util.List;
import java.util.UUID;

/** The signed-in user's notifications (reminders, escalations, assignments). */
public interface Inbox {

    int DEFAULT_LIMIT = 200;

    /** Newest first, at most {@link #DEFAULT_LIMIT}; the inbox list pages with {@link #page}. */
    List<InboxEntry> mine();

    /** A page of the user's notifications the filter finds, newest first (sort key {@code received}). */
    List<InboxEntry> page(InboxFilter filter, PageRequest page);

    long count(InboxFilter filter);

    int unreadCount();

    void markRead(UUID id);

    int markAllRead();
}
