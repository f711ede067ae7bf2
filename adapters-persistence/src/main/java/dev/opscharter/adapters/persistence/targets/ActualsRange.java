package dev.opscharter.adapters.persistence.targets;

import java.time.LocalDate;

/**
 * A range of days [from, until) as {@link JdbcActuals#totals} reads it: the whole months in it from
 * {@code target_actual_month}, and the days of the months it cuts: the head, days of the month {@code
 * from} falls in, and the tail, days of the month {@code until} falls in. A range within one month is
 * all head; a part without days is empty.
 */
record ActualsRange(Part head, LocalDate monthsFrom, LocalDate monthsUntil, Part tail) {

    /** Days from {@code start} until {@code end} (exclusive), of the month that begins on {@code month}. */
    record Part(LocalDate month, LocalDate start, LocalDate end) {

        boolean isEmpty() {
            return !start.isBefore(end);
        }
    }

    static ActualsRange of(LocalDate from, LocalDate until) {
        var fromMonth = from.withDayOfMonth(1);
        var wholeFrom = from.equals(fromMonth) ? from : fromMonth.plusMonths(1);
        var wholeUntil = until.withDayOfMonth(1);
        if (!from.isBefore(until)) {
            return new ActualsRange(new Part(fromMonth, from, from), from, from, new Part(fromMonth, from, from));
        }
        if (wholeFrom.isAfter(wholeUntil)) {
            return new ActualsRange(new Part(fromMonth, from, until), wholeUntil, wholeUntil,
                    new Part(wholeUntil, until, until));
        }
        return new ActualsRange(new Part(fromMonth, from, wholeFrom), wholeFrom, wholeUntil,
                new Part(wholeUntil, wholeUntil, until));
    }

    boolean hasWholeMonths() {
        return monthsFrom.isBefore(monthsUntil);
    }
}
