package dev.opscharter.application.targets.port.out;

import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.MetricId;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Where the daily actuals are kept: one value per unit, metric and day. Imports stream through a
 * {@link Batch}, so a file of millions of days never sits in memory; reads add up in the store.
 */
public interface Actuals {

    /** What storing did: new days, stored days given another value (corrections), days given again as stored. */
    record Stored(long added, long changed, long unchanged) {
    }

    /** The totals of one unit's days of one metric. */
    record UnitTotals(BusinessUnitId unit, MetricId metric, DayTotals totals) {
    }

    /**
     * Starts storing days; nothing is visible to others until {@link Batch#commit()}. Called inside the use
     * case's transaction, the batch joins it, so its days and the audit entry commit together or not at all.
     * Until the batch ends, it streams on the transaction's connection: nothing else may use the store in
     * that transaction between {@code begin()} and the batch's commit or close (read what the import needs
     * before, write the audit entry after).
     */
    Batch begin();

    /** A few days entered by hand, all or none: a batch of them. */
    default Stored addAll(List<DailyActual> actuals) {
        try (var batch = begin()) {
            for (int i = 0; i < actuals.size(); i++) {
                batch.add(i + 1, actuals.get(i));
            }
            return batch.commit();
        }
    }

    /** The unit's days of the metric from {@code from} until {@code until} (exclusive), by day. */
    List<DailyActual> days(BusinessUnitId unit, MetricId metric, LocalDate from, LocalDate until);

    /**
     * For every unit and metric with a day from {@code from} until {@code until} (exclusive): the totals of
     * those days, added up by the store (a quarter of 50 units × 30 metrics is 137 000 days, read as 1 500 rows).
     */
    List<UnitTotals> totals(LocalDate from, LocalDate until);

    /** {@link #totals(LocalDate, LocalDate)} of these metrics only (the scorecard's core and key ones). */
    List<UnitTotals> totals(LocalDate from, LocalDate until, Set<MetricId> metrics);

    /** One import in progress. */
    interface Batch extends AutoCloseable {

        /**
         * A day's value (checked by the caller), from {@code line} of its source; lines come in increasing
         * order. Days are not kept in memory: the batch streams them to its store.
         *
         * @throws IllegalArgumentException for a line not after the one before
         */
        void add(long line, DailyActual actual);

        /**
         * Stores what was added: a day not stored yet is added, a stored day with another value changed, with
         * the same value left alone. A day given twice with the same value counts once.
         *
         * @throws DayGivenTwice when a unit's metric is given two different values for one day; nothing is stored
         */
        Stored commit();

        /** Without a commit, discards everything added. */
        @Override
        void close();
    }

    /** A source gave one unit's metric two different values for the same day, at these two lines. */
    final class DayGivenTwice extends RuntimeException {

        private final long line;
        private final long earlierLine;

        public DayGivenTwice(long line, long earlierLine) {
            super("line " + line + " gives again the day of line " + earlierLine + " another value");
            this.line = line;
            this.earlierLine = earlierLine;
        }

        public long line() {
            return line;
        }

        public long earlierLine() {
            return earlierLine;
        }
    }
}
