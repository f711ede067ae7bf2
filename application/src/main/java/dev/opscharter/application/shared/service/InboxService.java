package dev.opscharter.application.shared.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.port.in.Inbox;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.application.shared.port.out.Transactions;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Every signed-in user reads and marks their own notifications, nobody else's. */
public final class InboxService implements Inbox {

    private final InboxStore store;
    private final Transactions transactions;
    private final CurrentActor actor;
    private final Clock clock;

    public InboxService(InboxStore store, Transactions transactions, CurrentActor actor, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public List<InboxEntry> mine() {
        var me = me();
        return transactions.readOnly(() -> store.forRecipient(me, DEFAULT_LIMIT));
    }

    @Override
    public int unreadCount() {
        var me = me();
        return transactions.readOnly(() -> store.unreadCount(me));
    }

    @Override
    public void markRead(UUID id) {
        var me = me();
        transactions.run(() -> store.markRead(id, me, clock.instant()));
    }

    @Override
    public int markAllRead() {
        var me = me();
        return transactions.inTransaction(() -> store.markAllRead(me, clock.instant()));
    }

    private String me() {
        var current = actor.get();
        AccessDenied.unlessAuthenticated(current);
        if (current.system()) {
            throw new AccessDenied("the system has no inbox");
        }
        return current.name();
    }
}
