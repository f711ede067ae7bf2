package dev.opscharter.application.shared.fakes;

import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.InboxFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.InboxStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryInboxStore implements InboxStore {

    private final List<InboxEntry> entries = new ArrayList<>();

    @Override
    public synchronized void add(InboxEntry entry) {
        if (entries.stream().anyMatch(e -> e.id().equals(entry.id()))) {
            throw new IllegalStateException("notification " + entry.id() + " exists");
        }
        entries.add(entry);
    }

    @Override
    public synchronized List<InboxEntry> forRecipient(String recipient, int limit) {
        return page(recipient, InboxFilter.ALL, PageRequest.first(limit));
    }

    private static final Map<String, Comparator<InboxEntry>> SORT_KEYS = Map.of(
            "received", Comparator.comparing(InboxEntry::createdAt));

    @Override
    public synchronized List<InboxEntry> page(String recipient, InboxFilter filter, PageRequest page) {
        return InMemoryPage.of(entries.stream().filter(e -> e.recipient().equals(recipient) && filter.matches(e)),
                page, SORT_KEYS,
                Comparator.comparing(InboxEntry::createdAt).reversed().thenComparing(e -> e.id().toString()));
    }

    @Override
    public synchronized long count(String recipient, InboxFilter filter) {
        return entries.stream().filter(e -> e.recipient().equals(recipient) && filter.matches(e)).count();
    }

    @Override
    public synchronized int unreadCount(String recipient) {
        return (int) entries.stream().filter(e -> e.recipient().equals(recipient) && e.unread()).count();
    }

    @Override
    public synchronized boolean markRead(UUID id, String recipient, Instant at) {
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            if (e.id().equals(id) && e.recipient().equals(recipient) && e.unread()) {
                entries.set(i, read(e, at));
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized int markAllRead(String recipient, Instant at) {
        int count = 0;
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            if (e.recipient().equals(recipient) && e.unread()) {
                entries.set(i, read(e, at));
                count++;
            }
        }
        return count;
    }

    private static InboxEntry read(InboxEntry e, Instant at) {
        return new InboxEntry(e.id(), e.recipient(), e.subjectKey(), e.arguments(), e.link(), e.createdAt(),
                Optional.of(at));
    }
}
