package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.ImportRun;
import dev.opscharter.application.compliance.ImportState;
import dev.opscharter.application.compliance.port.out.ImportRuns;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Import runs and their locks in memory; {@link #holdElsewhere} plays another instance importing. */
public final class InMemoryImportRuns implements ImportRuns {

    private final Map<UUID, ImportRun> runs = new LinkedHashMap<>();
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    @Override
    public synchronized void begin(ImportRun run) {
        runs.put(run.id(), run);
    }

    @Override
    public synchronized void heartbeat(UUID run, Instant at) {
        var r = runs.get(run);
        if (r != null && r.state() == ImportState.RUNNING) {
            runs.put(run, new ImportRun(r.id(), r.fileName(), r.startedBy(), r.startedAt(), r.state(), at,
                    r.instance(), r.finishedAt(), r.failure(), r.received(), r.added(), r.alreadyStored()));
        }
    }

    @Override
    public synchronized void finish(UUID run, Instant at, long received, long added, long alreadyStored) {
        var r = runs.get(run);
        if (r == null || r.state() != ImportState.RUNNING) {
            return; // as the table: a run the recovery failed meanwhile stays FAILED
        }
        runs.put(run, new ImportRun(r.id(), r.fileName(), r.startedBy(), r.startedAt(), ImportState.DONE,
                r.heartbeatAt(), r.instance(), Optional.of(at), Optional.empty(), received, added, alreadyStored));
    }

    @Override
    public synchronized boolean fail(UUID run, Instant at, String reason) {
        var r = runs.get(run);
        if (r == null || r.state() != ImportState.RUNNING) {
            return false;
        }
        runs.put(run, new ImportRun(r.id(), r.fileName(), r.startedBy(), r.startedAt(), ImportState.FAILED,
                r.heartbeatAt(), r.instance(), Optional.of(at), Optional.of(reason), 0, 0, 0));
        return true;
    }

    @Override
    public synchronized List<ImportRun> running() {
        return runs.values().stream().filter(r -> r.state() == ImportState.RUNNING).toList();
    }

    @Override
    public synchronized List<ImportRun> newest(int limit) {
        return runs.values().stream().sorted(Comparator.comparing(ImportRun::startedAt).reversed()).limit(limit)
                .toList();
    }

    @Override
    public Optional<Lease> tryLock(UUID run) {
        if (!held.add(run)) {
            return Optional.empty();
        }
        var open = new AtomicBoolean(true);
        return Optional.of(() -> {
            if (open.compareAndSet(true, false)) {
                held.remove(run);
            }
        });
    }

    /** Another instance holds the run's lock (it is importing) until the lease is closed. */
    public Lease holdElsewhere(UUID run) {
        return tryLock(run).orElseThrow();
    }
}
