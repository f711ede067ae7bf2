package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.shared.StagingStream;
import dev.opscharter.application.targets.port.out.Actuals.Batch;
import dev.opscharter.application.targets.port.out.Actuals.DayGivenTwice;
import dev.opscharter.application.targets.port.out.Actuals.Stored;
import dev.opscharter.domain.targets.DailyActual;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One import of daily actuals, on the connection of the caller's transaction (its own when there is
 * none). Days go by text {@code COPY} through a 256 KB buffer into a temporary staging table (dropped at
 * the end of the transaction), so memory stays bounded whatever the file. {@link #commit()} checks that
 * its units and metrics are stored (in place of foreign keys, V25) and that no day was given two values,
 * merges the days into {@code target_actual} counting the added and the changed ones, and adds up again
 * the months it touched in {@code target_actual_month}. A batch closed
 * without a commit rolls back to where it began: the surrounding transaction goes on without it.
 */
final class ActualsBatch implements Batch {

    private static final int BUFFER = 1 << 18;
    /** The largest row: a line number, two uuids, a day and a value, separated, with room to spare. */
    private static final int ROW = 20 + 37 + 37 + 12 + 40;
    /** The advisory lock that serialises the commits of batches ("TACT" in ASCII). */
    private static final long MERGE_LOCK = 0x54414354L;

    private static final Logger LOG = LoggerFactory.getLogger(ActualsBatch.class);

    private final long started = System.nanoTime();
    private final StagingStream stream;
    private final String staging = "target_actual_staging_" + UUID.randomUUID().toString().replace("-", "");
    private final byte[] buffer = new byte[BUFFER];
    private final StringBuilder row = new StringBuilder(ROW);
    private int position;
    private long count;
    private boolean ended;

    ActualsBatch(DataSource dataSource, boolean ownTransaction) {
        try {
            this.stream = new StagingStream(dataSource, ownTransaction);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start an import of daily actuals", e);
        }
        try {
            try (var statement = stream.connection().createStatement()) {
                // the merge's aggregation of a large file stays in memory (this transaction only)
                statement.execute("set local work_mem = '64MB'");
                statement.execute("create temporary table " + staging + " (line bigint not null,"
                        + " unit_id uuid not null, metric_id uuid not null, day date not null,"
                        + " value numeric not null) on commit drop");
            }
            stream.copyIn("copy " + staging + " (line, unit_id, metric_id, day, value) from stdin");
        } catch (SQLException e) {
            stream.close();
            throw new IllegalStateException("cannot start an import of daily actuals", e);
        }
    }

    @Override
    public void add(long line, DailyActual actual) {
        if (ended) {
            throw new IllegalStateException("batch already ended");
        }
        if (!DailyActual.fits(actual.value())) {
            throw new IllegalArgumentException("the value " + actual.value() + " of line " + line
                    + " does not fit numeric(20, 6)");
        }
        row.setLength(0);
        row.append(line).append('\t').append(actual.unit()).append('\t').append(actual.metric()).append('\t')
                .append(actual.day()).append('\t').append(actual.value().toPlainString()).append('\n');
        if (BUFFER - position < row.length()) {
            flush();
        }
        for (int i = 0; i < row.length(); i++) {
            buffer[position++] = (byte) row.charAt(i); // ASCII only: digits, '-', '.', hex, tab, newline
        }
        count++;
    }

    @Override
    public Stored commit() {
        if (ended) {
            throw new IllegalStateException("batch already ended");
        }
        ended = true;
        try {
            flush();
            stream.endCopy();
            long copied = System.nanoTime();
            Stored stored;
            try (var statement = stream.connection().createStatement()) {
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

    /**
     * Batches commit one at a time (a transaction-scoped advisory lock), so a month added up again sees
     * every day committed before: two batches adding days to one month cannot each miss the other's.
     */
    private Stored merge(Statement statement) throws SQLException {
        statement.execute("select pg_advisory_xact_lock(" + MERGE_LOCK + ")");
        long days;
        try (var rows = statement.executeQuery("""
                select count(*), count(*) filter (where d.twice), count(*) filter (where u.id is null or m.id is null)
                from (select unit_id, metric_id, min(value) <> max(value) as twice
                      from %s group by unit_id, metric_id, day) d
                left join target_business_unit u on u.id = d.unit_id
                left join target_metric m on m.id = d.metric_id""".formatted(staging))) {
            rows.next();
            days = rows.getLong(1);
            if (rows.getLong(3) > 0) {
                throw new IllegalArgumentException("daily actuals of a unit or metric not stored");
            }
            if (rows.getLong(2) > 0) {
                throw dayGivenTwice(statement);
            }
        }
        // each day once: as staged when no day came twice, else its one value
        var source = days == count
                ? "select unit_id, metric_id, day, value from " + staging
                : "select unit_id, metric_id, day, min(value) from " + staging + " group by unit_id, metric_id, day";
        var touched = staging + "_months";
        statement.execute("create temporary table " + touched + " (month date not null, unit_id uuid not null,"
                + " metric_id uuid not null, added bigint not null, changed bigint not null) on commit drop");
        long added;
        long changed;
        try (var rows = statement.executeQuery("""
                with merged as (
                    insert into target_actual (unit_id, metric_id, day, value)
                    %1$s
                    on conflict (unit_id, metric_id, day) do update set value = excluded.value
                    where target_actual.value is distinct from excluded.value
                    returning (xmax = 0) as inserted, unit_id, metric_id, day
                ),
                months as (
                    select date_trunc('month', day)::date as month, unit_id, metric_id,
                           count(*) filter (where inserted) as added, count(*) filter (where not inserted) as changed
                    from merged
                    group by 1, 2, 3
                ),
                kept as (
                    insert into %2$s (month, unit_id, metric_id, added, changed)
                    select month, unit_id, metric_id, added, changed from months
                )
                select coalesce(sum(added), 0), coalesce(sum(changed), 0) from months""".formatted(source, touched))) {
            rows.next();
            added = rows.getLong(1);
            changed = rows.getLong(2);
        }
        if (added + changed > 0) {
            statement.execute("""
                    insert into target_actual_month (month, unit_id, metric_id, sum_value, day_count, last_day, last_value)
                    select t.month, t.unit_id, t.metric_id, sum(a.value), count(*), max(a.day),
                           (array_agg(a.value order by a.day desc))[1]
                    from %s t
                    join target_actual a on a.unit_id = t.unit_id and a.metric_id = t.metric_id
                        and a.day >= t.month and a.day < (t.month + interval '1 month')::date
                    group by t.month, t.unit_id, t.metric_id
                    on conflict (month, unit_id, metric_id) do update
                    set sum_value = excluded.sum_value, day_count = excluded.day_count,
                        last_day = excluded.last_day, last_value = excluded.last_value""".formatted(touched));
        }
        return new Stored(added, changed, days - added - changed);
    }

    /**
     * The first line (in line order) that gives a day another value than the day's first line, with that
     * line: read only for the days given two values.
     */
    private DayGivenTwice dayGivenTwice(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("""
                select line, first_line
                from (
                    select s.line, s.value, first_value(s.value) over w as first_value,
                           first_value(s.line) over w as first_line
                    from %1$s s
                    where (s.unit_id, s.metric_id, s.day) in (
                        select unit_id, metric_id, day from %1$s
                        group by unit_id, metric_id, day
                        having min(value) <> max(value))
                    window w as (partition by s.unit_id, s.metric_id, s.day order by s.line)
                ) d
                where value <> first_value
                order by line
                limit 1""".formatted(staging))) {
            rows.next();
            return new DayGivenTwice(rows.getLong("line"), rows.getLong("first_line"));
        }
    }

    @Override
    public void close() {
        ended = true;
        stream.close();
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
