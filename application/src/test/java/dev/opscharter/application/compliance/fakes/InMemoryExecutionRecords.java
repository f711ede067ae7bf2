package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.StoredProcess;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.domain.compliance.CaseEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Execution records in memory, with the adapter's semantics: a batch is visible only after its
 * commit; an event is identified by (process, case, step, role, time) and, for events equal in all
 * of these, by its rank among them within its batch; cases are read in case-id order with their
 * events by time and then recorded order.
 */
public final class InMemoryExecutionRecords implements ExecutionRecords {

    /** process code → case id → events in recorded order. */
    private final Map<String, TreeMap<String, List<Stored>>> processes = new TreeMap<>();
    private final Set<Identity> keys = new HashSet<>();
    private long sequence;
    private int commits;

    private record Key(String processCode, String caseId, String stepCode, String actorRole, Instant occurredAt) {
    }

    private record Identity(Key key, int occurrence) {
    }

    private record Stored(CaseEvent event, long seq) {
    }

    /** How many batches were committed. */
    public synchronized int commits() {
        return commits;
    }

    @Override
    public Batch begin(String source, String importedBy) {
        return new Batch() {
            private final List<Key> added = new ArrayList<>();
            private boolean done;

            @Override
            public void add(String caseId, String processCode, String stepCode, String actorRole, Instant occurredAt) {
                if (done) {
                    throw new IllegalStateException("batch already ended");
                }
                added.add(new Key(processCode, caseId, stepCode, actorRole, occurredAt));
            }

            @Override
            public Imported commit() {
                if (done) {
                    throw new IllegalStateException("batch already ended");
                }
                done = true;
                synchronized (InMemoryExecutionRecords.this) {
                    long fresh = 0;
                    var codes = new LinkedHashSet<String>();
                    var occurrences = new HashMap<Key, Integer>();
                    for (var key : added) {
                        codes.add(key.processCode());
                        int occurrence = occurrences.merge(key, 1, Integer::sum);
                        if (keys.add(new Identity(key, occurrence))) {
                            fresh++;
                            processes.computeIfAbsent(key.processCode(), p -> new TreeMap<>())
                                    .computeIfAbsent(key.caseId(), c -> new ArrayList<>())
                                    .add(new Stored(new CaseEvent(key.stepCode(), key.actorRole(), key.occurredAt()),
                                            ++sequence));
                        }
                    }
                    commits++;
                    return new Imported(added.size(), fresh, added.size() - fresh, codes);
                }
            }

            @Override
            public void close() {
                done = true;
                added.clear();
            }
        };
    }

    private int settled;

    @Override
    public synchronized void settle() {
        settled++;
    }

    /** How often the store was asked to settle after an import. */
    public synchronized int settled() {
        return settled;
    }

    @Override
    public synchronized void forEachCase(String processCode, Instant from, Instant to, CaseHandler handler) {
        var cases = processes.getOrDefault(processCode, new TreeMap<>());
        var starting = new TreeMap<Map.Entry<Instant, String>, List<CaseEvent>>(
                Map.Entry.<Instant, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        cases.forEach((caseId, stored) -> {
            var events = ordered(stored);
            var first = events.getFirst().occurredAt();
            if (!first.isBefore(from) && first.isBefore(to)) {
                starting.put(Map.entry(first, caseId), events);
            }
        });
        starting.forEach((key, events) -> handler.handle(key.getValue(), events));
    }

    @Override
    public synchronized List<ProcessCount> processesStartingIn(Instant from, Instant to) {
        var counts = new ArrayList<ProcessCount>();
        processes.forEach((code, cases) -> {
            var starting = cases.values().stream().map(InMemoryExecutionRecords::ordered)
                    .filter(events -> !events.getFirst().occurredAt().isBefore(from)
                            && events.getFirst().occurredAt().isBefore(to))
                    .toList();
            if (!starting.isEmpty()) {
                counts.add(new ProcessCount(code, starting.size(), starting.stream().mapToLong(List::size).sum()));
            }
        });
        return counts;
    }

    @Override
    public synchronized List<CaseEvent> caseEvents(String processCode, String caseId, long offset, int limit) {
        return caseEvents(processCode, caseId).orElse(List.of()).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized int caseEventCount(String processCode, String caseId) {
        return caseEvents(processCode, caseId).map(List::size).orElse(0);
    }

    @Override
    public synchronized Optional<List<CaseEvent>> caseEvents(String processCode, String caseId) {
        return Optional.ofNullable(processes.getOrDefault(processCode, new TreeMap<>()).get(caseId))
                .map(InMemoryExecutionRecords::ordered);
    }

    @Override
    public synchronized long eventCount() {
        return keys.size();
    }

    @Override
    public synchronized List<StoredProcess> storedProcesses() {
        var result = new ArrayList<StoredProcess>();
        processes.forEach((code, cases) -> {
            long events = cases.values().stream().mapToLong(List::size).sum();
            var times = cases.values().stream().flatMap(List::stream).map(s -> s.event().occurredAt()).toList();
            result.add(new StoredProcess(code, cases.size(), events,
                    times.stream().min(Comparator.naturalOrder()).orElseThrow(),
                    times.stream().max(Comparator.naturalOrder()).orElseThrow()));
        });
        return result;
    }

    private static List<CaseEvent> ordered(List<Stored> stored) {
        return stored.stream()
                .sorted(Comparator.comparing((Stored s) -> s.event().occurredAt()).thenComparingLong(Stored::seq))
                .map(Stored::event)
                .toList();
    }
}
