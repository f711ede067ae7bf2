package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.compliance.ImportRun;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The imports of execution records as runs: begun (RUNNING) in a short transaction of their own
 * before the import's big one, finished in the import's transaction (so DONE means its events are
 * stored), failed with a reason. A run holds its lock while it imports, across instances (a
 * PostgreSQL advisory lock in production), so a RUNNING run whose lock is free was interrupted.
 */
public interface ImportRuns {

    void begin(ImportRun run);

    void heartbeat(UUID run, Instant at);

    void finish(UUID run, Instant at, long received, long added, long alreadyStored);

    /** Marks a run that is still RUNNING FAILED; returns whether it was. */
    boolean fail(UUID run, Instant at, String reason);

    /** The runs marked RUNNING. */
    List<ImportRun> running();

    /** The newest runs first. */
    List<ImportRun> newest(int limit);

    /** The lock of the run, or empty at once when someone else holds it. */
    Optional<Lease> tryLock(UUID run);

    interface Lease extends AutoCloseable {

        @Override
        void close();
    }
}
