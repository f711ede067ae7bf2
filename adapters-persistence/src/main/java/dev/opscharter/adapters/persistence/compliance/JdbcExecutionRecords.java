package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.StoredProcess;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.domain.compliance.CaseEvent;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Execution records in {@code execution_event} and {@code execution_case} (V6), with set-based SQL.
 *
 * <p>An import ({@link ExecutionBatch}) streams its events with binary {@code COPY} into a temporary
 * staging table on the connection of the caller's transaction, and on commit merges them with
 * set-based SQL: events of cases not stored yet (and those cases' summaries) are inserted as they
 * are; events of stored cases only if their identity is new ({@code on conflict do nothing}), and
 * their cases' first/last time and count are updated. Everything happens in that one transaction,
 * so a refused or failed import leaves nothing behind. Without a surrounding transaction the batch
 * runs its own.
 *
 * <p>Reads stream: {@link #forEachCase} walks a server-side cursor ({@value #FETCH_SIZE} rows per
 * round trip) and hands over one case at a time, so a quarter of millions of events is never held
 * in memory.
 */
@Component
class JdbcExecutionRecords implements ExecutionRecords {

    static final int FETCH_SIZE = 10_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    JdbcExecutionRecords(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public Batch begin(String source, String importedBy) {
        return new ExecutionBatch(dataSource, !TransactionSynchronizationManager.isActualTransactionActive());
    }

    @Override
    public void forEachCase(String processCode, Instant from, Instant to, CaseHandler handler) {
        var connection = DataSourceUtils.getConnection(dataSource);
        boolean autoCommit = false;
        try {
            // PostgreSQL only uses a cursor (fetch size) inside a transaction
            autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try (var statement = connection.prepareStatement("""
                    select e.case_id, e.step_code, e.actor_role, e.occurred_at
                    from execution_case c
                    join execution_event e on e.process_code = c.process_code and e.case_id = c.case_id
                    where c.process_code = ? and c.first_at >= ? and c.first_at < ?
                    order by e.case_id, e.occurred_at, e.seq""",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                statement.setString(1, processCode);
                statement.setObject(2, timestamp(from));
                statement.setObject(3, timestamp(to));
                try (var rows = statement.executeQuery()) {
                    String current = null;
                    var events = new ArrayList<CaseEvent>();
                    while (rows.next()) {
                        var caseId = rows.getString(1);
                        if (!caseId.equals(current)) {
                            if (current != null) {
                                handler.handle(current, List.copyOf(events));
                                events.clear();
                            }
                            current = caseId;
                        }
                        events.add(new CaseEvent(rows.getString(2), rows.getString(3), instant(rows, 4)));
                    }
                    if (current != null) {
                        handler.handle(current, List.copyOf(events));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cases of " + processCode, e);
        } finally {
            if (autoCommit) {
                try {
                    connection.rollback();
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    // the pool resets the connection
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Override
    public List<ProcessCount> processesStartingIn(Instant from, Instant to) {
        return jdbc.sql("""
                        select process_code, count(*) as cases
                        from execution_case
                        where first_at >= :from and first_at < :to
                        group by process_code
                        order by process_code""")
                .param("from", timestamp(from))
                .param("to", timestamp(to))
                .query((rs, n) -> new ProcessCount(rs.getString("process_code"), rs.getLong("cases")))
                .list();
    }

    @Override
    public Optional<List<CaseEvent>> caseEvents(String processCode, String caseId) {
        var events = jdbc.sql("""
                        select step_code, actor_role, occurred_at
                        from execution_event
                        where process_code = :processCode and case_id = :caseId
                        order by occurred_at, seq""")
                .param("processCode", processCode)
                .param("caseId", caseId)
                .query((rs, n) -> new CaseEvent(rs.getString(1), rs.getString(2), instant(rs, 3)))
                .list();
        return events.isEmpty() ? Optional.empty() : Optional.of(events);
    }

    @Override
    public long eventCount() {
        return jdbc.sql("select coalesce(sum(events), 0) from execution_case").query(Long.class).single();
    }

    @Override
    public List<StoredProcess> storedProcesses() {
        return jdbc.sql("""
                        select process_code, count(*) as cases, sum(events) as events,
                               min(first_at) as first_at, max(last_at) as last_at
                        from execution_case
                        group by process_code
                        order by process_code""")
                .query((rs, n) -> new StoredProcess(rs.getString("process_code"), rs.getLong("cases"),
                        rs.getLong("events"), instant(rs, 4), instant(rs, 5)))
                .list();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
