package dev.opscharter.application.shared.service;

import dev.opscharter.application.shared.InboxFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.in.Inbox;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.domain.shared.Actor;

import java.util.List;
import java.util.UUID;

import static dev.opscharter.domain.shared.SharedPermission.INBOX;

/** Every signed-in user reads and marks their own notifications, nobody else's. */
public final class InboxService implements Inbox {

    private final InboxStore store;
    private final UseCase uc;

    public InboxService(InboxStore store, UseCase uc) {
        this.store = store;
        this.uc = uc;
    }

    @Override
    public List<InboxEntry> mine() {
        return uc.read(INBOX, () -> store.forRecipient(me(), DEFAULT_LIMIT));
    }

    @Override
    public List<InboxEntry> page(InboxFilter filter, PageRequest page) {
        return uc.read(INBOX, () -> store.page(me(), filter, page));
    }

    @Override
    public long count(InboxFilter filter) {
        return uc.read(INBOX, () -> store.count(me(), filter));
    }

    @Override
    public int unreadCount() {
        return uc.read(INBOX, () -> store.unreadCount(me()));
    }

    @Override
    public void markRead(UUID id) {
        uc.run(INBOX, () -> store.markRead(id, me(), uc.calendar().now()));
    }

    @Override
    public int markAllRead() {
        return uc.write(INBOX, () -> store.markAllRead(me(), uc.calendar().now()));
    }

    /** The recipient: only a user has an inbox (the permission already refused nobody signed in). */
    private String me() {
        return switch (uc.actor()) {
            case Actor.User user -> user.name();
            case Actor.Scheduler _, Actor.Anonymous _ -> throw new AccessDenied("the system has no inbox");
        };
    }
}
