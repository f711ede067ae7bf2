package dev.opscharter.application.compliance.port.out;

import dev.opscharter.domain.compliance.CheckId;

import java.time.Duration;
import java.util.Optional;

/**
 * Keeps two runs of the same check apart, across application instances (a PostgreSQL advisory lock
 * in production). A lock is held until its lease is closed, or its holder dies. The locks of two
 * checks are independent.
 */
public interface CheckLocks {

    /** The lock of the check, or empty at once when someone else holds it: for a user, who must not wait. */
    Optional<Lease> tryLock(CheckId check);

    /**
     * The lock of the check, waited for while someone else holds it, up to {@code patience}: for
     * background work, which must not give up because another holder needs the lock for a moment.
     * Empty when the patience ran out (or the waiting thread was interrupted, its interrupt status kept).
     */
    Optional<Lease> lock(CheckId check, Duration patience);

    interface Lease extends AutoCloseable {

        /** Releases the lock; closing a lease again does nothing. */
        @Override
        void close();
    }
}
