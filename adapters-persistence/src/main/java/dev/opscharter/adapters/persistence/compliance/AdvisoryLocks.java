package dev.opscharter.adapters.persistence.compliance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * A run's lock as a PostgreSQL session-level advisory lock, held on a connection of its own for as
 * long as the run takes: another instance's {@code pg_try_advisory_lock} on the same key fails at
 * once, and if the holder dies its connection closes and the lock goes with it — which is how a run
 * that is still marked RUNNING but whose lock is free is known to have been interrupted. The key
 * is the run's id folded to 32 bits, in a namespace per kind of run ({@code classid}: the migration
 * that brought the kind).
 */
final class AdvisoryLocks {

    /** PostgreSQL's lock_not_available: {@code lock_timeout} ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** The longest a waiting thread goes without looking whether it was interrupted. */
    static final Duration SLICE = Duration.ofMillis(200);

    private final DataSource dataSource;
    private final int namespace;

    AdvisoryLocks(DataSource dataSource, int namespace) {
        this.dataSource = dataSource;
        this.namespace = namespace;
    }

    /** The lock, released by running the returned action; empty at once when someone else holds it. */
    Optional<Runnable> tryLock(UUID id) {
        return acquire(id, Duration.ZERO);
    }

    /**
     * The lock, waited for up to {@code patience} (whole milliseconds, rounded up): PostgreSQL queues
     * this session behind the holder and wakes it when the lock is released. Empty, its interrupt
     * status kept, when the thread is interrupted: the driver does not notice an interrupt while a
     * statement runs, so the wait is cut in {@link #SLICE}s and the thread looks between them.
     */
    Optional<Runnable> lock(UUID id, Duration patience) {
        if (Thread.currentThread().isInterrupted()) {
            return Optional.empty();
        }
        return acquire(id, patience);
    }

    private Optional<Runnable> acquire(UUID id, Duration patience) {
        int key = Long.hashCode(id.getMostSignificantBits() ^ id.getLeastSignificantBits());
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            boolean acquired = patience.isPositive() ? waitFor(connection, key, patience) : tryOn(connection, key);
            if (!acquired) {
                connection.close();
                return Optional.empty();
            }
            var held = connection;
            return Optional.of(() -> release(held, key));
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("cannot take the lock of run " + id + ": " + e.getMessage(), e);
        }
    }

    private boolean tryOn(Connection connection, int key) throws SQLException {
        try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, namespace);
            statement.setInt(2, key);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Waits slice by slice until the lock is taken, the patience ran out or the thread was interrupted. */
    private boolean waitFor(Connection connection, int key, Duration patience) throws SQLException {
        long budget;
        try {
            budget = patience.toNanos();
        } catch (ArithmeticException tooLong) {
            budget = Long.MAX_VALUE;
        }
        long start = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            long left = budget - (System.nanoTime() - start);
            if (left <= 0) {
                return false;
            }
            if (waitOnce(connection, key, Duration.ofNanos(Math.min(left, SLICE.toNanos())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code pg_advisory_lock} under a {@code lock_timeout} of the patience. The timeout is set local to
     * a transaction of its own, so that it ends with it — committed or rolled back — and the pooled
     * connection goes on with its usual setting; the session-level lock outlives the transaction.
     */
    private boolean waitOnce(Connection connection, int key, Duration patience) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (var statement = connection.prepareStatement("select set_config('lock_timeout', ?, true)")) {
                statement.setString(1, timeoutMillis(patience) + "ms");
                statement.execute();
            }
            try (var statement = connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
                statement.setInt(1, namespace);
                statement.setInt(2, key);
                statement.execute();
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                // granted in the instant the timeout fired: PostgreSQL keeps the lock for the session
                // although the statement failed; taking it again would hold it twice and never free it
                return holds(connection, key);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Whether this connection's session holds the lock. */
    private boolean holds(Connection connection, int key) throws SQLException {
        try (var statement = connection.prepareStatement("""
                select exists(select 1 from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()
                              and classid = (?::int4)::oid and objid = (?::int4)::oid and objsubid = 2 and granted)""")) {
            statement.setInt(1, namespace);
            statement.setInt(2, key);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Whole milliseconds, at least one (0 would mean no timeout at all), at most what PostgreSQL takes. */
    static long timeoutMillis(Duration patience) {
        long millis;
        try {
            millis = patience.plusNanos(999_999).toMillis();
        } catch (ArithmeticException tooLong) {
            millis = Integer.MAX_VALUE;
        }
        return Math.clamp(millis, 1, Integer.MAX_VALUE);
    }

    /** A second call finds the connection closed and does nothing. */
    private void release(Connection connection, int key) {
        try (connection; var statement = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, namespace);
            statement.setInt(2, key);
            statement.execute();
        } catch (SQLException e) {
            // closing the connection releases the lock anyway
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing to do
            }
        }
    }
}
