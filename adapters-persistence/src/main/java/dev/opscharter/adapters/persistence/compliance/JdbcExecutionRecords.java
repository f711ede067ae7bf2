package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.StoredProcess;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.domain.compliance.CaseEvent;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * <p>Reads stream: {@link #forEachCase} reads one range of the identity index (events lead with
 * their case's start, V9) with binary {@code COPY} and hands over one case at a time, so a quarter
 * of millions of events is never held in memory and no case is looked up one by one.
 */
@Component
class JdbcExecutionRecords implements ExecutionRecords {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcExecutionRecords.class);

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

    /** VACUUM cannot run in a transaction: on a connection of its own, in auto-commit. */
    @Override
    public void settle() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum (analyze) execution_event, execution_case");
        } catch (SQLException e) {
            // only the speed of later reads depends on it; autovacuum comes by anyway
            LOG.warn("Could not vacuum the execution records: {}", e.getMessage());
        }
    }

    @Override
    public void forEachCase(String processCode, Instant from, Instant to, CaseHandler handler) {
        // COPY takes no parameters: the values are written as literals (a quoted string, two instants)
        var sql = """
                copy (select case_id, step_code, actor_role, occurred_at, seq
                      from execution_event
                      where process_code = %s and case_start >= '%s' and case_start < '%s'
                      order by process_code, case_start, case_id, occurred_at, step_code, actor_role, occurrence)
                to stdout (format binary)""".formatted(literal(processCode), from, to);
        // its own connection: the check writes its results on the transaction's meanwhile
        try (var connection = dataSource.getConnection();
             var in = new BufferedInputStream(new PGCopyInputStream(connection.unwrap(PGConnection.class), sql),
                     1 << 16)) {
            new CaseStream(in).forEachCase(handler);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read the cases of " + processCode, e);
        }
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public List<ProcessCount> processesStartingIn(Instant from, Instant to) {
        return jdbc.sql("""
                        select process_code, count(*) as cases, sum(events) as events
                        from execution_case
                        where first_at >= :from and first_at < :to
                        group by process_code
                        order by process_code""")
                .param("from", timestamp(from))
                .param("to", timestamp(to))
                .query((rs, n) -> new ProcessCount(rs.getString("process_code"), rs.getLong("cases"),
                        rs.getLong("events")))
                .list();
    }

    @Override
    public Optional<List<CaseEvent>> caseEvents(String processCode, String caseId) {
        var events = jdbc.sql("""
                        select e.step_code, e.actor_role, e.occurred_at
                        from execution_case c
                        join execution_event e
                          on e.process_code = c.process_code and e.case_start = c.first_at and e.case_id = c.case_id
                        where c.process_code = :processCode and c.case_id = :caseId
                        order by e.occurred_at, e.seq""")
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
