package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.StoredProcess;
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
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Execution records in {@code execution_case}: one row per case, its events as arrays in recorded
 * order (V11), with set-based SQL.
 *
 * <p>An import ({@link ExecutionBatch}) streams its events with binary {@code COPY} into a temporary
 * staging table on the connection of the caller's transaction, and on commit merges them with
 * set-based SQL: cases not stored yet are inserted whole; stored cases get the events they do not
 * hold yet. Everything happens in that one transaction, so a refused or failed import leaves nothing
 * behind. Without a surrounding transaction the batch runs its own.
 *
 * <p>Reads stream: {@link #forEachCase} reads a period's cases by their first event (one range of
 * an index) with binary {@code COPY} and hands over one case at a time, so a quarter of millions of
 * events is never held in memory and no case is looked up one by one.
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
            statement.execute("vacuum (analyze) execution_case");
        } catch (SQLException e) {
            // only the speed of later reads depends on it; autovacuum comes by anyway
            LOG.warn("Could not vacuum the execution records: {}", e.getMessage());
        }
    }

    @Override
    public void forEachCase(String processCode, Instant from, Instant to, CaseHandler handler) {
        // COPY takes no parameters: the values are written as literals (a quoted string, two instants)
        var sql = """
                copy (select case_id, steps, roles, times
                      from execution_case
                      where process_code = %s and first_at >= '%s' and first_at < '%s'
                      order by process_code, first_at, case_id)
                to stdout (format binary)""".formatted(literal(processCode), from, to);
        // its own connection: the check writes its results on the transaction's meanwhile
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                readInIndexOrder(connection);
                try (var in = new PGCopyInputStream(connection.unwrap(PGConnection.class), sql)) {
                    new CaseStream(in).forEachCase(handler);
                }
            } finally {
                connection.rollback(); // read only: ends the settings with the transaction
                connection.setAutoCommit(true);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read the cases of " + processCode, e);
        }
    }

    /**
     * The cases of a period are one range of {@code execution_case_by_start}, in the order the check
     * wants them. Cases are stored in import order, not by start, so the planner estimates that
     * reading them through the index costs more than a bitmap scan and a sort, and picks those, with
     * parallel workers and a sort on disk: five times slower on a year of 150 k cases, and workers
     * that compete with the check for the machine's cores. Settings of this transaction only.
     */
    private static void readInIndexOrder(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set local enable_sort = off");
            statement.execute("set local enable_bitmapscan = off");
            statement.execute("set local max_parallel_workers_per_gather = 0");
            statement.execute("set local jit = off");
        }
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public List<ProcessCount> processesStartingIn(Instant from, Instant to) {
        return processesStartingIn(from, to, Set.of());
    }

    @Override
    public List<ProcessCount> processesStartingIn(Instant from, Instant to, Set<String> except) {
        // the process codes one by one from the index (a handful among millions of cases), then each
        // process's range of the period, all from the index (V12); lateral, or the planner scans the
        // whole index for the period instead of one range per process. No process is named ''.
        var excluded = new ArrayList<String>(except);
        excluded.add("");
        return jdbc.sql("""
                        with recursive codes(code) as (
                            (select process_code from execution_case order by process_code limit 1)
                            union all
                            select (select c.process_code from execution_case c
                                    where c.process_code > codes.code order by c.process_code limit 1)
                            from codes
                            where codes.code is not null
                        ),
                        counted as (
                            select code from codes where code is not null and code not in (:except)
                        )
                        select counted.code as process_code, period.cases, period.events
                        from counted
                        cross join lateral (select count(*) as cases, sum(c.events) as events
                                            from execution_case c
                                            where c.process_code = counted.code
                                              and c.first_at >= :from and c.first_at < :to) period
                        where period.cases > 0
                        order by counted.code""")
                .param("from", timestamp(from))
                .param("to", timestamp(to))
                .param("except", excluded)
                .query((rs, n) -> new ProcessCount(rs.getString("process_code"), rs.getLong("cases"),
                        rs.getLong("events")))
                .list();
    }

    @Override
    public Optional<List<CaseEvent>> caseEvents(String processCode, String caseId) {
        var events = jdbc.sql("""
                        select e.step_code, e.actor_role, e.occurred_at
                        from execution_case c
                        cross join lateral unnest(c.steps, c.roles, c.times)
                            with ordinality e(step_code, actor_role, occurred_at, pos)
                        where c.process_code = :processCode and c.case_id = :caseId
                        order by e.pos""")
                .param("processCode", processCode)
                .param("caseId", caseId)
                .query((rs, n) -> new CaseEvent(rs.getString(1), rs.getString(2), instant(rs, 3)))
                .list();
        return events.isEmpty() ? Optional.empty() : Optional.of(events);
    }

    /** Slices of the case's arrays (1-based, both ends included), so the server unnests only the page. */
    @Override
    public List<CaseEvent> caseEvents(String processCode, String caseId, long offset, int limit) {
        if (limit <= 0 || offset >= Integer.MAX_VALUE) {
            return List.of();
        }
        long last = Math.min(offset + limit, Integer.MAX_VALUE);
        return jdbc.sql("""
                        select e.step_code, e.actor_role, e.occurred_at
                        from execution_case c
                        cross join lateral unnest(c.steps[(:from) : (:to)], c.roles[(:from) : (:to)],
                                                  c.times[(:from) : (:to)])
                            with ordinality e(step_code, actor_role, occurred_at, pos)
                        where c.process_code = :processCode and c.case_id = :caseId
                        order by e.pos""")
                .param("from", (int) offset + 1)
                .param("to", (int) last)
                .param("processCode", processCode)
                .param("caseId", caseId)
                .query((rs, n) -> new CaseEvent(rs.getString(1), rs.getString(2), instant(rs, 3)))
                .list();
    }

    @Override
    public int caseEventCount(String processCode, String caseId) {
        return jdbc.sql("select events from execution_case where process_code = :processCode and case_id = :caseId")
                .param("processCode", processCode)
                .param("caseId", caseId)
                .query(Integer.class)
                .optional()
                .orElse(0);
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
