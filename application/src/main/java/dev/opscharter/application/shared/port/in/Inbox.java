package dev.opscharter.application.shared.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The signed-in user's notifications (reminders, escalations, assignments). */
public interface Inbox {

    int DEFAULT_LIMIT = 200;

    /** Newest first. */
    List<InboxEntry> mine();

    int unreadCount();

    void markRead(UUID id);

    int markAllRead();

    record InboxEntry(UUID id, String recipient, String subjectKey, List<String> arguments, String link,
                      Instant createdAt, Optional<Instant> readAt) {

        public InboxEntry {
            Objects.requireNonNull(id);
            Objects.requireNonNull(recipient);
            Objects.requireNonNull(subjectKey);
            arguments = List.copyOf(arguments);
            link = link == null ? "" : link;
            Objects.requireNonNull(createdAt);
            Objects.requireNonNull(readAt);
        }

        public boolean unread() {
            return readAt.isEmpty();
        }
    }
}
