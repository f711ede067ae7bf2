package dev.opscharter.application.shared;

/** Which of a user's notifications the inbox shows: all, or only those not read yet. */
public record InboxFilter(boolean unreadOnly) {

    public static final InboxFilter ALL = new InboxFilter(false);

    public boolean matches(InboxEntry entry) {
        return !unreadOnly || entry.unread();
    }
}
