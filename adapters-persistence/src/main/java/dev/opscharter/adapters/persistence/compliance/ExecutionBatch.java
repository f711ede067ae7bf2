package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.shared.StagingStream;
import dev.opscharter.application.compliance.port.out.ExecutionRecords.Batch;
import dev.opscharter.application.compliance.port.out.ExecutionRecords.Imported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One import. Events arrive in file order, and a file nearly always lists a case's events together:
 * each run of consecutive events of one case is put in recorded order here (by time, ties in file
 * order) and goes by binary {@code COPY} into a temporary staging table (dropped at the end of the
 * transaction) as one row with the case's arrays, as {@code execution_case} holds them. {@link
 * #commit()} merges the runs into their cases with set-based statements (see {@link #merge}). Binary
 * COPY spares the server parsing text; a run holds at most {@value #RUN_EVENTS} events (a longer one
 * is cut, and its parts merged like the runs of a case spread over the file) and the rows go through
 * a 256 KB buffer, so memory stays bounded whatever the file.
 */
final class ExecutionBatch implements Batch {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in Unix seconds. */
    private static final long POSTGRES_EPOCH = 946_684_800L;
    private static final int BUFFER = 1 << 18;
    private static final int CACHED_VALUES = 50_000;
    static final int RUN_EVENTS = 4_096;
    private static final int TEXT_OID = 25;
    private static final int TIMESTAMPTZ_OID = 1184;
    /**
     * The events of the staged runs {@code s} of a case, unnested as {@code e}, as the arrays of its row in
     * recorded order: by time, ties in file order (runs in file order, each already in recorded order).
     */
    private static final String EVENTS_IN_RECORDED_ORDER = """
            array_agg(e.step_code order by e.occurred_at, s.ord, e.pos) as steps,
            array_agg(e.actor_role order by e.occurred_at, s.ord, e.pos) as roles,
            array_agg(e.occurred_at order by e.occurred_at, s.ord, e.pos) as times""";
    private static final String UNNESTED = """
            cross join lateral unnest(s.steps, s.roles, s.times)
                with ordinality e(step_code, actor_role, occurred_at, pos)""";
    /** The advisory lock that serialises the merges of imports ("EXEC" in ASCII). */
    private static final long MERGE_LOCK = 0x45584543L;

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionBatch.class);

    private final long started = System.nanoTime();
    private final StagingStream stream;
    private final String staging = "execution_staging_" + UUID.randomUUID().toString().replace("-", "");
    private final byte[] buffer = new byte[BUFFER];
    private final Map<String, byte[]> encoded = new HashMap<>();
    private final Set<String> processCodes = new LinkedHashSet<>();
    private int position;
    private long count;
    private long runs;
    private byte[] runCase = new byte[0];
    private String runCaseId = "";
    private byte[] runProcess = new byte[0];
    private String runProcessCode = "";
    private int runLength;
    private int runBytes;
    private final byte[][] runSteps = new byte[RUN_EVENTS][];
    private final byte[][] runRoles = new byte[RUN_EVENTS][];
    private final long[] runTimes = new long[RUN_EVENTS];
    private boolean ended;

    ExecutionBatch(DataSource dataSource, boolean ownTransaction) {
        try {
            // an abandoned batch rolls back to here, and the surrounding transaction goes on
            this.stream = new StagingStream(dataSource, ownTransaction);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start an import of execution records", e);
        }
        try {
            try (var statement = stream.connection().createStatement()) {
                // more memory for the merge's sort and aggregation, for this transaction only (merges run
                // one at a time: the advisory lock below)
                statement.execute("set local work_mem = '256MB'");
                statement.execute("create temporary table " + staging + " (ord bigint not null,"
                        + " process_code text collate \"C\" not null, case_id text collate \"C\" not null,"
                        + " first_at timestamptz not null, last_at timestamptz not null, events integer not null,"
                        + " steps text[] collate \"C\" not null, roles text[] collate \"C\" not null,"
                        + " times timestamptz[] not null) on commit drop");
            }
            stream.copyIn("copy " + staging
                    + " (ord, process_code, case_id, first_at, last_at, events, steps, roles, times)"
                    + " from stdin (format binary)");
            write(SIGNATURE);
            writeInt(0);
            writeInt(0);
        } catch (SQLException e) {
            stream.close();
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
        byte[] step = bytes(stepCode);
        byte[] role = bytes(actorRole);
        int size = 8 + step.length + role.length + 12;
        if (runLength == RUN_EVENTS || runBytes + size > BUFFER || !caseId.equals(runCaseId)
                || !processCode.equals(runProcessCode)) {
            endRun();
            if (!caseId.equals(runCaseId)) {
                runCaseId = caseId;
                runCase = caseId.getBytes(StandardCharsets.UTF_8);
            }
            if (!processCode.equals(runProcessCode)) {
                runProcessCode = processCode;
                runProcess = bytes(processCode);
            }
        }
        runSteps[runLength] = step;
        runRoles[runLength] = role;
        runTimes[runLength] = (occurredAt.getEpochSecond() - POSTGRES_EPOCH) * 1_000_000L + occurredAt.getNano() / 1_000;
        runLength++;
        runBytes += size;
        count++;
    }

    /** Stages the run gathered so far as one row: its events in recorded order (by time, ties in file order). */
    private void endRun() {
        int n = runLength;
        if (n == 0) {
            return;
        }
        int[] order = RecordedOrder.of(runTimes, n);
        int steps = 20;
        int roles = 20;
        for (int i = 0; i < n; i++) {
            steps += 4 + runSteps[i].length;
            roles += 4 + runRoles[i].length;
        }
        ensure(2 + 12 + 4 + runProcess.length + 4 + runCase.length + 2 * 12 + 8);
        writeShort(9);
        writeInt(8);
        writeLong(++runs);
        writeField(runProcess);
        writeField(runCase);
        writeInt(8);
        writeLong(runTimes[order[0]]);
        writeInt(8);
        writeLong(runTimes[order[n - 1]]);
        writeInt(4);
        writeInt(n);
        writeTextArray(runSteps, order, n, steps);
        writeTextArray(runRoles, order, n, roles);
        ensure(4 + 20);
        writeInt(20 + 12 * n);
        writeArrayHeader(TIMESTAMPTZ_OID, n);
        for (int i = 0; i < n; i++) {
            ensure(12);
            writeInt(8);
            writeLong(runTimes[order[i]]);
        }
        runLength = 0;
        runBytes = 0;
    }

    private void writeTextArray(byte[][] values, int[] order, int n, int size) {
        ensure(4 + 20);
        writeInt(size);
        writeArrayHeader(TEXT_OID, n);
        for (int i = 0; i < n; i++) {
            var value = values[order[i]];
            ensure(4 + value.length);
            writeField(value);
        }
    }

    /** PostgreSQL's binary array: one dimension, no nulls, the element type, its length, lower bound 1. */
    private void writeArrayHeader(int elementType, int length) {
        writeInt(1);
        writeInt(0);
        writeInt(elementType);
        writeInt(length);
        writeInt(1);
    }

    @Override
    public Imported commit() {
        if (ended) {
            throw new IllegalStateException("batch already ended");
        }
        try {
            endRun();
            ended = true;
            ensure(2);
            writeShort(-1);
            flush();
            stream.endCopy();
            long copied = System.nanoTime();
            long added;
            try (var statement = stream.connection().createStatement()) {
                added = merge(statement);
            }
            stream.commit();
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
     * Merges the staged runs into their cases ({@code execution_case}: one row per case, its events
     * as arrays in recorded order, V11). Imports merge one at a time (a transaction-scoped advisory
     * lock; streaming into the staging tables still runs in parallel), so a case that is not yet
     * stored cannot appear meanwhile. A new case of one run, nearly every case of a file, is inserted
     * as staged; a new case of several runs has them put together first; the cases of the file that are
     * already stored are merged event by event ({@link #mergeStored}). New cases are inserted in file
     * order: sorting them by their first event, the order a check reads them, cost the import more than
     * it spared the check (whose reads of a year take a tenth of a second from the index either way).
     */
    private long merge(Statement statement) throws SQLException {
        statement.execute("select pg_advisory_xact_lock(" + MERGE_LOCK + ")");
        statement.execute("analyze " + staging);
        var stored = staging + "_stored";
        // a file listed by time, not by case, has runs of one or two events: then every case is put
        // together from its runs, as one sort, instead of first finding which cases are spread
        boolean interleaved = 2 * runs > count;
        String spread = "true";
        if (!interleaved) {
            var split = staging + "_split";
            statement.execute("""
                    create temporary table %2$s on commit drop as
                    select s.process_code, s.case_id
                    from %1$s s
                    group by s.case_id, s.process_code
                    having count(*) > 1""".formatted(staging, split));
            spread = statement.getUpdateCount() > 0
                    ? "exists (select 1 from %s p where p.process_code = s.process_code and p.case_id = s.case_id)"
                    .formatted(split)
                    : "false";
            statement.execute("analyze " + split);
        }
        statement.execute("""
                create temporary table %2$s on commit drop as
                select distinct s.process_code, s.case_id
                from %1$s s
                where exists (select 1 from execution_case c where c.process_code = s.process_code and c.case_id = s.case_id)"""
                .formatted(staging, stored));
        boolean continues = statement.getUpdateCount() > 0;
        statement.execute("analyze " + stored);
        long added = continues ? mergeStored(statement, spread, stored) : 0;
        if (!interleaved) {
            try (var rows = statement.executeQuery("""
                    with inserted as (
                        insert into execution_case (process_code, case_id, first_at, last_at, events, steps, roles, times)
                        select s.process_code, s.case_id, s.first_at, s.last_at, s.events, s.steps, s.roles, s.times
                        from %1$s s
                        where not (%2$s)
                          and not exists (select 1 from %3$s k where k.process_code = s.process_code and k.case_id = s.case_id)
                        returning events
                    )
                    select coalesce(sum(events), 0) from inserted""".formatted(staging, spread, stored))) {
                rows.next();
                added += rows.getLong(1);
            }
        }
        if (spread.equals("false")) {
            return added;
        }
        try (var rows = statement.executeQuery("""
                with inserted as (
                    insert into execution_case (process_code, case_id, first_at, last_at, events, steps, roles, times)
                    select s.process_code, s.case_id, min(e.occurred_at), max(e.occurred_at), count(*), %4$s
                    from %1$s s
                    %5$s
                    where (%2$s)
                      and not exists (select 1 from %3$s k where k.process_code = s.process_code and k.case_id = s.case_id)
                    group by s.case_id, s.process_code
                    returning events
                )
                select coalesce(sum(events), 0) from inserted""".formatted(staging, spread, stored,
                EVENTS_IN_RECORDED_ORDER, UNNESTED))) {
            rows.next();
            return added + rows.getLong(1);
        }
    }

    /**
     * Adds the file's events to the stored cases it continues. An event is new where the file holds
     * more events equal to it in every value than the case does (the n-th such event of the file is the
     * n-th of the case), so a re-import adds nothing; a case whose events equal the file's is not even
     * taken apart (nor copied: a re-import of a file listed by case compares each staged run with its
     * case once). New events go after stored ones of the same time, in file order; the case's first and
     * last time and count follow. {@code spread} is the condition on a staged run {@code s} that its
     * case is made of several runs.
     */
    private long mergeStored(Statement statement, String spread, String stored) throws SQLException {
        var incoming = staging + "_incoming";
        statement.execute("""
                create temporary table %4$s on commit drop as
                select s.process_code, s.case_id, s.steps, s.roles, s.times
                from %1$s s
                join execution_case c on c.process_code = s.process_code and c.case_id = s.case_id
                where not (%2$s)
                  and (c.steps, c.roles, c.times) is distinct from (s.steps, s.roles, s.times)
                union all
                select s.process_code, s.case_id, %5$s
                from %1$s s
                %6$s
                where (%2$s)
                  and exists (select 1 from %3$s k where k.process_code = s.process_code and k.case_id = s.case_id)
                group by s.case_id, s.process_code""".formatted(staging, spread, stored, incoming,
                EVENTS_IN_RECORDED_ORDER, UNNESTED));
        statement.execute("analyze " + incoming);
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
        stream.close();
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
            stream.write(buffer, position);
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
