package dev.opscharter.adapters.persistence.compliance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
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

    private final DataSource dataSource;
    private final int namespace;

    AdvisoryLocks(DataSource dataSource, int namespace) {
        this.dataSource = dataSource;
        this.namespace = namespace;
    }

    /** The lock, released by running the returned action; empty at once when someone else holds it. */
    Optional<Runnable> tryLock(UUID id) {
        int key = Long.hashCode(id.getMostSignificantBits() ^ id.getLeastSignificantBits());
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            boolean acquired;
            try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
                statement.setInt(1, namespace);
                statement.setInt(2, key);
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    acquired = rs.getBoolean(1);
                }
            }
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
