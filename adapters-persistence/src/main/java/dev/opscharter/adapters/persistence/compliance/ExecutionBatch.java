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
 * of the transaction) as they are added, and are merged into {@code execution_event} and
 * {@code execution_case} by {@link #commit()} with set-based statements (see {@link #merge}).
 * Binary COPY spares the server parsing text timestamps; the rows are written in a 256 KB buffer,
 * so memory stays constant. Both tables are written in index order (sorted), which keeps index
 * maintenance and WAL low for large imports.
 */
final class ExecutionBatch implements Batch {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in Unix seconds. */
    private static final long POSTGRES_EPOCH = 946_684_800L;
    private static final int BUFFER = 1 << 18;
    private static final int CACHED_VALUES = 50_000;
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
     * Merges the staged events. Imports merge one at a time (a transaction-scoped advisory lock;
     * streaming into the staging tables still runs in parallel), so a case that is not yet stored
     * cannot appear meanwhile: the events of new cases, usually nearly all of them, are inserted
     * without conflict checks, and only those of cases already stored go through
     * {@code on conflict do nothing}. An event's identity includes its rank among the events of
     * the file that are equal in every value ({@code occurrence}). Every event carries its case's
     * start ({@code case_start}, equal to {@code execution_case.first_at}): when an import adds an
     * earlier event to a stored case, the case's stored events move with its start.
     */
    private long merge(Statement statement) throws SQLException {
        statement.execute("select pg_advisory_xact_lock(" + MERGE_LOCK + ")");
        statement.execute("analyze " + staging);
        long base;
        try (var rows = statement.executeQuery("select nextval('execution_import_seq')")) {
            rows.next();
            base = rows.getLong(1);
        }
        var cases = staging + "_cases";
        // every case of the import: its first and last event and size here, and its start if stored
        statement.execute("""
                create temporary table %2$s on commit drop as
                select a.*, c.first_at as stored_start
                from (select s.process_code, s.case_id, min(s.occurred_at) as first_at,
                             max(s.occurred_at) as last_at, count(*) as events
                      from %1$s s
                      group by s.case_id, s.process_code) a
                left join execution_case c on c.process_code = a.process_code and c.case_id = a.case_id"""
                .formatted(staging, cases));
        statement.execute("analyze " + cases);
        long added;
        // new cases: their summaries and events are inserted as they are, no conflict possible
        try (var rows = statement.executeQuery("""
                with inserted as (
                    insert into execution_case (process_code, case_id, first_at, last_at, events)
                    select process_code, case_id, first_at, last_at, events
                    from %s
                    where stored_start is null
                    order by case_id, process_code
                    returning events
                )
                select coalesce(sum(events), 0) from inserted""".formatted(cases))) {
            rows.next();
            added = rows.getLong(1);
        }
        if (added > 0) {
            // one sort serves both the occurrence numbering and the order of the insert (the index order
            // within a process). It leads with the case start, not the process code, which a file nearly
            // always has only one of: a constant leading key makes every comparison of the sort a long one.
            statement.execute("""
                    insert into execution_event (process_code, case_start, case_id, step_code, actor_role, occurred_at,
                                                 occurrence, seq)
                    select s.process_code, k.first_at, s.case_id, s.step_code, s.actor_role, s.occurred_at,
                           row_number() over (partition by k.first_at, s.case_id, s.process_code, s.occurred_at,
                                                           s.step_code, s.actor_role order by s.ord),
                           %d + s.ord
                    from %s s
                    join %s k on k.process_code = s.process_code and k.case_id = s.case_id
                    where k.stored_start is null
                    order by k.first_at, s.case_id, s.process_code, s.occurred_at, s.step_code, s.actor_role, s.ord"""
                    .formatted(base, staging, cases));
        }
        var known = staging + "_known";
        // the stored cases this import adds to, with their start before and after it
        statement.execute("""
                create temporary table %2$s on commit drop as
                select process_code, case_id, stored_start as old_start, least(stored_start, first_at) as new_start
                from %1$s
                where stored_start is not null"""
                .formatted(cases, known));
        if (statement.getUpdateCount() == 0) {
            return added;
        }
        // a case that now starts earlier: its stored events move with its start (kept equal to first_at)
        statement.execute("""
                update execution_event e set case_start = k.new_start
                from %s k
                where k.new_start < k.old_start
                  and e.process_code = k.process_code and e.case_start = k.old_start and e.case_id = k.case_id"""
                .formatted(known));
        // cases already stored: only events not stored yet, found by their identity
        try (var rows = statement.executeQuery("""
                with ranked as (
                    select s.*, k.new_start as case_start,
                           row_number() over (partition by k.new_start, s.case_id, s.process_code, s.occurred_at,
                                                           s.step_code, s.actor_role order by s.ord) as occurrence
                    from %1$s s
                    join %2$s k on k.process_code = s.process_code and k.case_id = s.case_id
                ),
                added as (
                    insert into execution_event (process_code, case_start, case_id, step_code, actor_role,
                                                 occurred_at, occurrence, seq)
                    select r.process_code, r.case_start, r.case_id, r.step_code, r.actor_role, r.occurred_at,
                           r.occurrence, %3$d + r.ord
                    from ranked r
                    where not exists (select 1 from execution_event e
                                      where e.process_code = r.process_code and e.case_start = r.case_start
                                        and e.case_id = r.case_id and e.occurred_at = r.occurred_at
                                        and e.step_code = r.step_code and e.actor_role = r.actor_role
                                        and e.occurrence = r.occurrence)
                    order by r.case_start, r.case_id, r.process_code, r.occurred_at, r.step_code, r.actor_role,
                             r.occurrence
                    on conflict do nothing
                    returning process_code, case_id, occurred_at
                ),
                cases as (
                    select process_code, case_id, min(occurred_at) as first_at, max(occurred_at) as last_at,
                           count(*) as events
                    from added
                    group by process_code, case_id
                ),
                updated as (
                    update execution_case c
                    set first_at = least(c.first_at, x.first_at),
                        last_at = greatest(c.last_at, x.last_at),
                        events = c.events + x.events
                    from cases x
                    where c.process_code = x.process_code and c.case_id = x.case_id
                )
                select coalesce(sum(events), 0) from cases""".formatted(staging, known, base))) {
            rows.next();
            return added + rows.getLong(1);
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
