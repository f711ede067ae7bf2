package dev.opscharter.application.shared.port.out;

import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.InboxFilter;
import dev.opscharter.application.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The in-app notifications of every user. */
public interface InboxStore {

    void add(InboxEntry entry);

    /** Newest first, at most {@code limit}. */
    List<InboxEntry> forRecipient(String recipient, int limit);

    /** A page of the recipient's notifications the filter finds, by the page's key ({@code received}), then newest first. */
    List<InboxEntry> page(String recipient, InboxFilter filter, PageRequest page);

    long count(String recipient, InboxFilter filter);

    int unreadCount(String recipient);

    /** @return false when the entry is not the recipient's or was read already */
    boolean markRead(UUID id, String recipient, Instant at);

    int markAllRead(String recipient, Instant at);
}
