package dev.opscharter.application.appraisal.fakes;

import dev.opscharter.application.appraisal.port.out.ManualEntries;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.shared.Period;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Manual entries kept in memory, one per part and period, with the adapter's optimistic locking:
 * version 0 inserts (stored as version 1), an update must carry the stored version and bumps it.
 */
public final class InMemoryManualEntries implements ManualEntries {

    private record Key(Part part, Period period) {
    }

    private final Map<Key, ManualEntry> entries = new LinkedHashMap<>();

    public InMemoryManualEntries() {
    }

    @Override
    public synchronized ManualEntry save(ManualEntry entry) {
        var key = new Key(entry.part(), entry.period());
        var stored = entries.get(key);
        long version = entry.version();
        if (version == 0 ? stored != null : stored == null || stored.version() != version) {
            throw new ConcurrentModification("AppraisalFigure", entry.part() + "@" + entry.period().key());
        }
        var saved = new ManualEntry(entry.part(), entry.period(), entry.measurement(), entry.provenance(),
                version + 1);
        entries.put(key, saved);
        return saved;
    }

    @Override
    public synchronized Optional<ManualEntry> find(Part part, Period period) {
        return Optional.ofNullable(entries.get(new Key(part, period)));
    }

    @Override
    public synchronized List<ManualEntry> forPeriods(Collection<? extends Period> periods) {
        return entries.values().stream().filter(e -> periods.contains(e.period())).toList();
    }

    /** Takes a figure out again, for a test that needs a period with one part missing. */
    public synchronized void remove(Part part, Period period) {
        entries.remove(new Key(part, period));
    }

    /** Everything stored, for assertions. */
    public synchronized List<ManualEntry> all() {
        return List.copyOf(entries.values());
    }
}
