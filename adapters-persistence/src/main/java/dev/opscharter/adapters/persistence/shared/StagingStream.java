package dev.opscharter.adapters.persistence.shared;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * The connection an import streams its rows on with {@code COPY} into a temporary staging table and
 * merges them from: the connection of the caller's transaction, which the import joins (a savepoint
 * marks where it began, so an import abandoned before its commit leaves the transaction going on without
 * it), or, without one, a transaction of its own. Closed, it gives the connection back.
 */
public final class StagingStream implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection connection;
    private final boolean ownTransaction;
    private @Nullable Savepoint savepoint;
    private @Nullable CopyIn copy;
    private boolean committed;
    private boolean released;

    public StagingStream(DataSource dataSource, boolean ownTransaction) throws SQLException {
        this.dataSource = dataSource;
        this.ownTransaction = ownTransaction;
        this.connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (ownTransaction) {
                connection.setAutoCommit(false);
            } else {
                savepoint = connection.setSavepoint();
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    public Connection connection() {
        return connection;
    }

    /** Starts {@code COPY … FROM STDIN}; the rows follow through {@link #write}. */
    public void copyIn(String sql) throws SQLException {
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    public void write(byte[] buffer, int length) throws SQLException {
        if (copy == null) {
            throw new IllegalStateException("no COPY in progress");
        }
        copy.writeToCopy(buffer, 0, length);
    }

    public void endCopy() throws SQLException {
        if (copy == null) {
            throw new IllegalStateException("no COPY in progress");
        }
        copy.endCopy();
        copy = null;
    }

    /** What was merged stays: committed here when the import runs its own transaction, else with the caller's. */
    public void commit() throws SQLException {
        if (ownTransaction) {
            connection.commit();
        }
        committed = true;
    }

    /** Without a commit, undoes everything since the start; gives the connection back. */
    @Override
    public void close() {
        if (copy != null) {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // the work is rolled back anyway
            }
            copy = null;
        }
        if (released) {
            return;
        }
        released = true;
        try {
            if (!committed && savepoint != null) {
                connection.rollback(savepoint);
            }
            if (ownTransaction) {
                try {
                    connection.rollback(); // after a commit: nothing left to undo, drops the staging table
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            // the pool resets a broken connection
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
