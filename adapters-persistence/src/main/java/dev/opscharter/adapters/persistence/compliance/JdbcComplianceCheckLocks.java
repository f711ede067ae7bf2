package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CheckId;
import dev.opscharter.application.compliance.port.out.CheckLocks;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The lock of a check as a PostgreSQL session-level advisory lock, held on a connection of its own
 * for as long as the run takes: another instance's {@code pg_try_advisory_lock} on the same key
 * fails at once, and if the holder dies its connection closes and the lock goes with it. The key is
 * the check id folded to 64 bits in a namespace of its own ({@code classid} 7, the migration of the
 * checks).
 */
@Component
class JdbcComplianceCheckLocks implements CheckLocks {

    private static final int NAMESPACE = 7;

    private final DataSource dataSource;

    JdbcComplianceCheckLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Lease> tryLock(CheckId check) {
        int key = Long.hashCode(check.value().getMostSignificantBits() ^ check.value().getLeastSignificantBits());
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            boolean acquired;
            try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
                statement.setInt(1, NAMESPACE);
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
            throw new IllegalStateException("cannot take the lock of check " + check + ": " + e.getMessage(), e);
        }
    }

    private static void release(Connection connection, int key) {
        try (connection; var statement = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, NAMESPACE);
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
