package dev.opscharter.application.shared.port.in;

import dev.opscharter.application.shared.InboxEntry;

import java.util.List;
import java.util.UUID;

/** The signed-in user's notifications (reminders, escalations, assignments). */
public interface Inbox {

    int DEFAULT_LIMIT = 200;

    /** Newest first. */
    List<InboxEntry> mine();

    int unreadCount();

    void markRead(UUID id);

    int markAllRead();
}
