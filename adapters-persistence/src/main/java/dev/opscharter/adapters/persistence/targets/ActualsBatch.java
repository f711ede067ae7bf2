package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.shared.StagingStream;
import dev.opscharter.application.targets.port.out.Actuals.Batch;
import dev.opscharter.application.targets.port.out.Actuals.DayGivenTwice;
import dev.opscharter.application.targets.port.out.Actuals.Stored;
import dev.opscharter.domain.targets.DailyActual;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One import of daily actuals, on the connection of the caller's transaction (its own when there is
 * none). Days are packed by unit, metric and month ({@link MonthPack}, the rows of V30's {@code
 * target_actual_month}) and the packs go by text {@code COPY} through a 256 KB buffer into a temporary
 * staging table (dropped at the end of the transaction): a pack as soon as its month is given whole, all of
 * them when {@value #PACKS_HELD} are held, so memory stays bounded whatever the file and its order. A month
 * whose packs went out in parts is put together again on {@link #commit()}, which checks that the units and
 * metrics are stored (in place of foreign keys, V25) and that no day was given two values, merges the packs
 * into {@code target_actual_month} with the months' totals, and counts the added and the changed days. A
 * batch closed without a commit rolls back to where it began: the surrounding transaction goes on without it.
 */
final class ActualsBatch implements Batch {

    /** At most this many packs (some 2 KB each) wait in memory. */
    static final int PACKS_HELD = 8192;

    private static final int BUFFER = 1 << 18;
    /** The advisory lock that serialises the commits of batches ("TACT" in ASCII). */
    private static final long MERGE_LOCK = 0x54414354L;

    private static final Logger LOG = LoggerFactory.getLogger(ActualsBatch.class);

    private final long started = System.nanoTime();
    private final StagingStream stream;
    private final String staging = "target_actual_staging_" + UUID.randomUUID().toString().replace("-", "");
    private final int packsHeld;
    private final Map<MonthPack.Key, MonthPack> packs = new HashMap<>();
    private final byte[] buffer = new byte[BUFFER];
    private final StringBuilder row = new StringBuilder(1024);
    private int position;
    private long count;
    private long lastLine = Long.MIN_VALUE;
    /** Whether a pack went out before the commit: a month may then be in several packs. */
    private boolean sentEarly;
    /** The first day given two values within one pack; the lines after it cannot refuse the batch earlier. */
    private @Nullable DayGivenTwice twice;
    private boolean ended;

    ActualsBatch(DataSource dataSource, boolean ownTransaction, int packsHeld) {
        this.packsHeld = packsHeld;
        try {
            this.stream = new StagingStream(dataSource, ownTransaction);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start an import of daily actuals", e);
        }
        try {
            try (var statement = stream.connection().createStatement()) {
                statement.execute("create temporary table " + staging + " (first_line bigint not null,"
                        + " unit_id uuid not null, metric_id uuid not null, month date not null,"
                        + " day_values numeric[] not null, lines bigint[] not null, sum_value numeric not null,"
                        + " day_count integer not null, last_day date not null, last_value numeric not null)"
                        + " on commit drop");
            }
            stream.copyIn("copy " + staging + " from stdin");
        } catch (SQLException e) {
            stream.close();
            throw new IllegalStateException("cannot start an import of daily actuals", e);
        }
    }

    /**
     * @throws IllegalArgumentException for a value that does not fit {@code numeric(20, 6)}, or a line not
     *                                  after the one before
     */
    @Override
    public void add(long line, DailyActual actual) {
        if (ended) {
            throw new IllegalStateException("batch already ended");
        }
        if (!DailyActual.fits(actual.value())) {
            throw new IllegalArgumentException("the value " + actual.value() + " of line " + line
                    + " does not fit numeric(20, 6)");
        }
        if (line <= lastLine) {
            throw new IllegalArgumentException("line " + line + " does not follow line " + lastLine);
        }
        lastLine = line;
        count++;
        if (twice != null) {
            return;
        }
        var key = MonthPack.Key.of(actual);
        var pack = packs.get(key);
        if (pack == null) {
            if (packs.size() >= packsHeld) {
                sendHeld();
                sentEarly = true;
            }
            pack = new MonthPack(key);
            packs.put(key, pack);
        }
        twice = pack.put(line, actual.day(), actual.value());
        if (pack.full()) {
            send(pack);
            packs.remove(key);
            sentEarly = true;
        }
    }

    @Override
    public Stored commit() {
        if (ended) {
            throw new IllegalStateException("batch already ended");
        }
        ended = true;
        try {
            sendHeld();
            flush();
            stream.endCopy();
            long copied = System.nanoTime();
            Stored stored;
            try (var statement = stream.connection().createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + MERGE_LOCK + ")");
                refuseUnknownUnitsAndMetrics(statement);
                if (sentEarly && hasMonthsInParts(statement)) {
                    var across = dayGivenTwiceAcrossPacks(statement);
                    if (across != null && (twice == null || across.line() < twice.line())) {
                        twice = across;
                    }
                    if (twice == null) {
                        joinParts(statement);
                    }
                }
                if (twice != null) {
                    throw twice;
                }
                stored = merge(statement);
            }
            stream.commit();
            LOG.info("Stored {} daily actuals ({} added, {} changed): streamed in {} ms, merged in {} ms", count,
                    stored.added(), stored.changed(), (copied - started) / 1_000_000,
                    (System.nanoTime() - copied) / 1_000_000);
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the daily actuals", e);
        } finally {
            close();
        }
    }

    private void refuseUnknownUnitsAndMetrics(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("""
                select count(*)
                from (select distinct unit_id, metric_id from %s) d
                left join target_business_unit u on u.id = d.unit_id
                left join target_metric m on m.id = d.metric_id
                where u.id is null or m.id is null""".formatted(staging))) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalArgumentException("daily actuals of a unit or metric not stored");
            }
        }
    }

    private boolean hasMonthsInParts(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("select exists (select 1 from %s group by unit_id, metric_id, month"
                .formatted(staging) + " having count(*) > 1)")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** The days of the months in several packs, each with its line: {@code (key, slot, v, line)}. */
    private String daysOfMonthsInParts() {
        return """
                select s.unit_id, s.metric_id, s.month, u.slot, u.v, u.line
                from %1$s s
                cross join lateral unnest(s.day_values, s.lines) with ordinality as u(v, line, slot)
                where u.v is not null and (s.unit_id, s.metric_id, s.month) in (
                    select unit_id, metric_id, month from %1$s group by unit_id, metric_id, month having count(*) > 1)"""
                .formatted(staging);
    }

    /**
     * The first line (in line order) that gives a day of a month sent in parts another value than the
     * day's first line, with that line; none when there is no such line.
     */
    private @Nullable DayGivenTwice dayGivenTwiceAcrossPacks(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("""
                select line, first_line
                from (select d.line, d.v, first_value(d.v) over w as first_value, first_value(d.line) over w as first_line
                      from (%s) d
                      window w as (partition by d.unit_id, d.metric_id, d.month, d.slot order by d.line)) f
                where v <> first_value
                order by line
                limit 1""".formatted(daysOfMonthsInParts()))) {
            return rows.next() ? new DayGivenTwice(rows.getLong("line"), rows.getLong("first_line")) : null;
        }
    }

    /** A month sent in parts becomes one pack again (their days agree: checked before). */
    private void joinParts(Statement statement) throws SQLException {
        var whole = staging + "_whole";
        statement.execute("""
                create temporary table %1$s on commit drop as
                with days as (
                    select unit_id, metric_id, month, slot, min(v) as v, min(line) as line
                    from (%2$s) d
                    group by unit_id, metric_id, month, slot
                ),
                slots as (
                    select k.unit_id, k.metric_id, k.month, g.slot, d.v, d.line
                    from (select distinct unit_id, metric_id, month from days) k
                    cross join generate_series(1, %3$d) as g(slot)
                    left join days d on d.unit_id = k.unit_id and d.metric_id = k.metric_id and d.month = k.month
                        and d.slot = g.slot
                )
                select min(line) as first_line, unit_id, metric_id, month,
                       array_agg(v order by slot) as day_values, array_agg(line order by slot) as lines,
                       sum(v) as sum_value, count(v)::integer as day_count,
                       month + (max(slot) filter (where v is not null))::integer - 1 as last_day,
                       (array_agg(v order by slot desc) filter (where v is not null))[1] as last_value
                from slots
                group by unit_id, metric_id, month""".formatted(whole, daysOfMonthsInParts(), MonthPack.SLOTS));
        statement.execute("""
                delete from %1$s s using %2$s w
                where s.unit_id = w.unit_id and s.metric_id = w.metric_id and s.month = w.month""".formatted(staging,
                whole));
        statement.execute("insert into %s select * from %s".formatted(staging, whole));
    }

    /**
     * A month not stored yet is inserted as packed; a stored one takes the days given, and its totals are
     * added up again from its days. Batches commit one at a time (a transaction-scoped advisory lock), so
     * two batches adding days to one month cannot each miss the other's.
     */
    private Stored merge(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("""
                with incoming as (
                    select s.month, s.unit_id, s.metric_id, s.day_values, s.sum_value, s.day_count, s.last_day,
                           s.last_value, t.day_values as stored_values
                    from %s s
                    left join target_actual_month t
                        on t.month = s.month and t.unit_id = s.unit_id and t.metric_id = s.metric_id
                ),
                new_months as (
                    insert into target_actual_month (month, unit_id, metric_id, sum_value, day_count, last_day,
                                                     last_value, day_values)
                    select month, unit_id, metric_id, sum_value, day_count, last_day, last_value, day_values
                    from incoming where stored_values is null
                    returning day_count
                ),
                merged as (
                    select i.month, i.unit_id, i.metric_id, m.*
                    from incoming i
                    cross join lateral (
                        select array_agg(coalesce(n, o) order by slot) as merged_values,
                               count(*) filter (where n is not null and o is null) as added,
                               count(*) filter (where n <> o) as changed,
                               sum(coalesce(n, o)) as merged_sum, count(coalesce(n, o))::integer as merged_days,
                               max(slot) filter (where coalesce(n, o) is not null) as last_slot
                        from unnest(i.day_values, i.stored_values) with ordinality as u(n, o, slot)) m
                    where i.stored_values is not null
                ),
                changed_months as (
                    update target_actual_month t
                    set day_values = m.merged_values, sum_value = m.merged_sum, day_count = m.merged_days,
                        last_day = m.month + m.last_slot::integer - 1, last_value = m.merged_values[m.last_slot]
                    from merged m
                    where m.added + m.changed > 0
                      and t.month = m.month and t.unit_id = m.unit_id and t.metric_id = m.metric_id
                )
                select (select coalesce(sum(day_count), 0) from new_months)
                           + (select coalesce(sum(added), 0) from merged) as added,
                       (select coalesce(sum(changed), 0) from merged) as changed,
                       (select coalesce(sum(day_count), 0) from incoming) as days""".formatted(staging))) {
            rows.next();
            long added = rows.getLong("added");
            long changed = rows.getLong("changed");
            return new Stored(added, changed, rows.getLong("days") - added - changed);
        }
    }

    @Override
    public void close() {
        ended = true;
        packs.clear();
        stream.close();
    }

    private void sendHeld() {
        packs.values().forEach(this::send);
        packs.clear();
    }

    private void send(MonthPack pack) {
        row.setLength(0);
        pack.appendTo(row, DailyActual.FRACTION_DIGITS);
        if (BUFFER - position < row.length()) {
            flush();
        }
        for (int i = 0; i < row.length(); i++) {
            buffer[position++] = (byte) row.charAt(i); // ASCII only: digits, '-', '.', hex, braces, tab, newline
        }
    }

    private void flush() {
        if (position == 0) {
            return;
        }
        try {
            stream.write(buffer, position);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot send daily actuals to the database", e);
        }
        position = 0;
    }
}
