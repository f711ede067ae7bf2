package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.ExecutionRecords.Batch;
import dev.opscharter.application.compliance.port.out.ExecutionRecords.Imported;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One import: events go by binary {@code COPY} into a temporary staging table (dropped at the end
 * of the transaction) as they are added, and are merged into their cases ({@code execution_case})
 * by {@link #commit()} with set-based statements (see {@link #merge}). Binary COPY spares the server
 * parsing text timestamps; the rows are written in a 256 KB buffer, so memory stays constant.
 */
final class ExecutionBatch implements Batch {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in Unix seconds. */
    private static final long POSTGRES_EPOCH = 946_684_800L;
    private static final int BUFFER = 1 << 18;
    private static final int CACHED_VALUES = 50_000;
    /** A staged case's events as the arrays of its row, in recorded order: by time, ties in file order. */
    private static final String EVENTS_IN_RECORDED_ORDER = """
            array_agg(s.step_code order by s.occurred_at, s.ord) as steps,
            array_agg(s.actor_role order by s.occurred_at, s.ord) as roles,
            array_agg(s.occurred_at order by s.occurred_at, s.ord) as times""";
    /** The advisory lock that serialises the merges of imports ("EXEC" in ASCII). */
    private static final long MERGE_LOCK = 0x45584543L;

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionBatch.class);

    private final long started = System.nanoTime();
    private final DataSource dataSource;
    private final Connection connection;
    private final boolean ownTransaction;
    private final String staging = "execution_staging_" + UUID.randomUUID().toString().replace("-", "");
    private final byte[] buffer = new byte[BUFFER];
    private final Map<String, byte[]> encoded = new HashMap<>();
    private final Set<String> processCodes = new LinkedHashSet<>();
    private int position;
    private long count;
    private @Nullable CopyIn copy;
    private String lastCaseId = "";
    private byte[] lastCaseBytes = new byte[0];
    private boolean ended;
    private boolean committed;
    private @Nullable Savepoint savepoint;

    ExecutionBatch(DataSource dataSource, boolean ownTransaction) {
        this.dataSource = dataSource;
        this.ownTransaction = ownTransaction;
        this.connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (ownTransaction) {
                connection.setAutoCommit(false);
            } else {
                // an abandoned batch rolls back to here, and the surrounding transaction goes on
                savepoint = connection.setSavepoint();
            }
            try (var statement = connection.createStatement()) {
                // more memory for the merge's sort and aggregation, for this transaction only (merges run
                // one at a time: the advisory lock below)
                statement.execute("set local work_mem = '256MB'");
                statement.execute("create temporary table " + staging + " (ord bigint not null,"
                        + " process_code text collate \"C\" not null, case_id text collate \"C\" not null,"
                        + " step_code text collate \"C\" not null, actor_role text collate \"C\" not null,"
                        + " occurred_at timestamptz not null) on commit drop");
            }
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + staging
                    + " (ord, process_code, case_id, step_code, actor_role, occurred_at) from stdin (format binary)");
            write(SIGNATURE);
            writeInt(0);
            writeInt(0);
        } catch (SQLException e) {
            release();
            throw new IllegalStateException("cannot start an import of execution records", e);
        }
    }

    @Override
    public void add(String caseId, String processCode, String stepCode, String actorRole, Instant occurredAt) {
        if (ended) {
            throw new IllegalStateException("batch already ended");
        }
        if (processCodes.size() < 10_000) {
            processCodes.add(processCode);
        }
        if (!caseId.equals(lastCaseId)) {
            lastCaseId = caseId;
            lastCaseBytes = caseId.getBytes(StandardCharsets.UTF_8);
        }
        byte[] process = bytes(processCode);
        byte[] step = bytes(stepCode);
        byte[] role = bytes(actorRole);
        int size = 2 + 12 + 4 * 4 + lastCaseBytes.length + process.length + step.length + role.length + 12;
        ensure(size);
        writeShort(6);
        writeInt(8);
        writeLong(++count);
        writeField(process);
        writeField(lastCaseBytes);
        writeField(step);
        writeField(role);
        writeInt(8);
        writeLong((occurredAt.getEpochSecond() - POSTGRES_EPOCH) * 1_000_000L + occurredAt.getNano() / 1_000);
    }

    @Override
    public Imported commit() {
        if (ended) {
            throw new IllegalStateException("batch already ended");
        }
        ended = true;
        try {
            ensure(2);
            writeShort(-1);
            flush();
            copy.endCopy();
            copy = null;
            long copied = System.nanoTime();
            long added;
            try (var statement = connection.createStatement()) {
                added = merge(statement);
            }
            if (ownTransaction) {
                connection.commit();
            }
            committed = true;
            LOG.info("Imported {} execution events ({} new): streamed in {} ms, merged in {} ms", count, added,
                    (copied - started) / 1_000_000, (System.nanoTime() - copied) / 1_000_000);
            return new Imported(count, added, count - added, processCodes);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the imported execution records", e);
        } finally {
            close();
        }
    }

    /**
     * Merges the staged events into their cases ({@code execution_case}: one row per case, its events
     * as arrays in recorded order, V11). Imports merge one at a time (a transaction-scoped advisory
     * lock; streaming into the staging tables still runs in parallel), so a case that is not yet
     * stored cannot appear meanwhile. The cases of the file that are already stored are merged event by
     * event ({@link #mergeStored}); all others, usually nearly all of them, are inserted whole, their
     * events aggregated in one sort. The sort leads with the case id, not the process code, which a
     * file nearly always has only one of: a constant leading key makes every comparison a long one.
     */
    private long merge(Statement statement) throws SQLException {
        statement.execute("select pg_advisory_xact_lock(" + MERGE_LOCK + ")");
        statement.execute("analyze " + staging);
        var stored = staging + "_stored";
        statement.execute("""
                create temporary table %2$s on commit drop as
                select c.process_code, c.case_id
                from execution_case c
                where exists (select 1 from %1$s s where s.process_code = c.process_code and s.case_id = c.case_id)"""
                .formatted(staging, stored));
        long added = statement.getUpdateCount() > 0 ? mergeStored(statement, stored) : 0;
        try (var rows = statement.executeQuery("""
                with inserted as (
                    insert into execution_case (process_code, case_id, first_at, last_at, events, steps, roles, times)
                    select s.process_code, s.case_id, min(s.occurred_at), max(s.occurred_at), count(*), %3$s
                    from %1$s s
                    where not exists (select 1 from %2$s k where k.process_code = s.process_code and k.case_id = s.case_id)
                    group by s.case_id, s.process_code
                    returning events
                )
                select coalesce(sum(events), 0) from inserted""".formatted(staging, stored, EVENTS_IN_RECORDED_ORDER))) {
            rows.next();
            return added + rows.getLong(1);
        }
    }

    /**
     * Adds the file's events to the stored cases it continues. An event is new where the file holds
     * more events equal to it in every value than the case does (the n-th such event of the file is the
     * n-th of the case), so a re-import adds nothing; a case whose events equal the file's is not even
     * taken apart. New events go after stored ones of the same time, in file order; the case's first
     * and last time and count follow.
     */
    private long mergeStored(Statement statement, String stored) throws SQLException {
        var incoming = staging + "_incoming";
        statement.execute("analyze " + stored);
        statement.execute("""
                create temporary table %3$s on commit drop as
                select s.process_code, s.case_id, %4$s
                from %1$s s
                join %2$s k on k.process_code = s.process_code and k.case_id = s.case_id
                group by s.case_id, s.process_code""".formatted(staging, stored, incoming, EVENTS_IN_RECORDED_ORDER));
        try (var rows = statement.executeQuery("""
                with differing as (
                    select c.process_code, c.case_id, c.steps as stored_steps, c.roles as stored_roles,
                           c.times as stored_times, i.steps, i.roles, i.times
                    from execution_case c
                    join %s i on i.process_code = c.process_code and i.case_id = c.case_id
                    where (c.steps, c.roles, c.times) is distinct from (i.steps, i.roles, i.times)
                ),
                events as (
                    select d.process_code, d.case_id, 0 as source, e.pos, e.step_code, e.actor_role,
                           e.occurred_at
                    from differing d
                    cross join lateral unnest(d.stored_steps, d.stored_roles, d.stored_times)
                        with ordinality e(step_code, actor_role, occurred_at, pos)
                    union all
                    select d.process_code, d.case_id, 1, e.pos, e.step_code, e.actor_role, e.occurred_at
                    from differing d
                    cross join lateral unnest(d.steps, d.roles, d.times)
                        with ordinality e(step_code, actor_role, occurred_at, pos)
                ),
                counted as (
                    select e.*,
                           row_number() over (partition by e.case_id, e.process_code, e.occurred_at, e.step_code,
                                                           e.actor_role, e.source order by e.pos) as nth,
                           count(*) filter (where e.source = 0)
                               over (partition by e.case_id, e.process_code, e.occurred_at, e.step_code,
                                                  e.actor_role) as in_store
                    from events e
                ),
                merged as (
                    select process_code, case_id, count(*) filter (where source = 1) as added,
                           min(occurred_at) as first_at, max(occurred_at) as last_at, count(*) as events,
                           array_agg(step_code order by occurred_at, source, pos) as steps,
                           array_agg(actor_role order by occurred_at, source, pos) as roles,
                           array_agg(occurred_at order by occurred_at, source, pos) as times
                    from counted
                    where source = 0 or nth > in_store
                    group by case_id, process_code
                ),
                updated as (
                    update execution_case c
                    set first_at = m.first_at, last_at = m.last_at, events = m.events,
                        steps = m.steps, roles = m.roles, times = m.times
                    from merged m
                    where m.added > 0 and c.process_code = m.process_code and c.case_id = m.case_id
                )
                select coalesce(sum(added), 0) from merged""".formatted(incoming))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() {
        ended = true;
        if (copy != null) {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException e) {
                // the transaction is rolled back anyway
            }
            copy = null;
        }
        release();
    }

    private boolean released;

    private void release() {
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

    private byte[] bytes(String value) {
        var known = encoded.get(value);
        if (known != null) {
            return known;
        }
        var bytes = value.getBytes(StandardCharsets.UTF_8);
        if (encoded.size() < CACHED_VALUES) {
            encoded.put(value, bytes);
        }
        return bytes;
    }

    private void ensure(int size) {
        if (BUFFER - position < size) {
            flush();
        }
        if (size > BUFFER) {
            throw new IllegalArgumentException("an event of " + size + " bytes is too large");
        }
    }

    private void flush() {
        if (position == 0) {
            return;
        }
        try {
            copy.writeToCopy(buffer, 0, position);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot send execution records to the database", e);
        }
        position = 0;
    }

    private void writeField(byte[] value) {
        writeInt(value.length);
        write(value);
    }

    private void write(byte[] value) {
        System.arraycopy(value, 0, buffer, position, value.length);
        position += value.length;
    }

    private void writeShort(int value) {
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    private void writeInt(int value) {
        buffer[position++] = (byte) (value >>> 24);
        buffer[position++] = (byte) (value >>> 16);
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    private void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }
}
