package dev.opscharter.application.shared.fakes;

import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.domain.shared.AuditEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> find(AuditFilter filter, PageRequest page) {
        Comparator<AuditEntry> newestFirst = Comparator.comparing(AuditEntry::occurredAt).reversed();
        boolean oldestFirst = page.sort().stream().filter(o -> o.key().equals(AuditFilter.BY_TIME)).findFirst()
                .map(o -> !o.descending()).orElse(false);
        return entries.stream().filter(e -> matches(filter, e))
                .sorted(oldestFirst ? newestFirst.reversed() : newestFirst)
                .skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public synchronized int count(AuditFilter filter) {
        return (int) entries.stream().filter(e -> matches(filter, e)).count();
    }

    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    private static boolean matches(AuditFilter filter, AuditEntry e) {
        return contains(filter.actor(), e.actor())
                && contains(filter.entityType(), e.entityType())
                && (contains(filter.entityId(), e.entityId()) || contains(filter.entityId(), e.entityLabel()))
                && filter.from().map(from -> !e.occurredAt().isBefore(from)).orElse(true)
                && filter.to().map(to -> e.occurredAt().isBefore(to)).orElse(true)
                && (filter.actors().isEmpty() || filter.actors().contains(e.actor()))
                && (filter.entityTypes().isEmpty() || filter.entityTypes().contains(e.entityType()))
                && filter.record().map(e.entityId()::equals).orElse(true);
    }

    private static boolean contains(Optional<String> needle, String value) {
        return needle.map(n -> value.toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT))).orElse(true);
    }
}
