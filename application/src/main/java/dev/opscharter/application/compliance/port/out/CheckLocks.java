package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CheckId;

import java.util.Optional;

/**
 * Keeps two runs of the same check apart, across application instances (a PostgreSQL advisory lock
 * in production). A lock is held until its lease is closed, or its holder dies.
 */
public interface CheckLocks {

    /** The lock of the check, or empty at once when someone else holds it. */
    Optional<Lease> tryLock(CheckId check);

    interface Lease extends AutoCloseable {

        @Override
        void close();
    }
}
