package dev.opscharter.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A calendar period of the organization: a quarter or a year. Its bounds are calendar dates in
 * the organization's time zone, so "Q3 2026" starts at 1 July 00:00 in Shanghai, not in UTC.
 */
public sealed interface Period permits Period.Quarter, Period.Year {

    /** The years of {@link BusinessDate} (1990–2100): a period outside them is a typing mistake. */
    int MIN_YEAR = BusinessDate.FIRST.getYear();
    int MAX_YEAR = BusinessDate.LAST.getYear();

    int year();

    /** The first day of the period. */
    LocalDate firstDay();

    /** The first day after the period. */
    LocalDate endExclusive();

    /** A stable text form: {@code 2026-Q3} or {@code 2026}. */
    String key();

    default LocalDate lastDay() {
        return endExclusive().minusDays(1);
    }

    default Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    default Instant end(ZoneId zone) {
        return endExclusive().atStartOfDay(zone).toInstant();
    }

    default boolean contains(Instant instant, ZoneId zone) {
        return !instant.isBefore(start(zone)) && instant.isBefore(end(zone));
    }

    default boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && day.isBefore(endExclusive());
    }

    /** True when the period has not begun yet on {@code today}: no figures can exist for it. */
    default boolean isFuture(LocalDate today) {
        return firstDay().isAfter(today);
    }

    static Quarter quarterOf(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    static Quarter quarterOf(Instant instant, ZoneId zone) {
        return quarterOf(LocalDate.ofInstant(instant, zone));
    }

    /** Parses {@link #key()}; refuses anything else with a localized error. */
    static Period parse(String text) {
        var matcher = Pattern.compile("(\\d{4})(?:-Q([1-4]))?").matcher(text.strip());
        if (!matcher.matches()) {
            throw new InvalidValue("period", "validation.period.invalid", text);
        }
        int year = Integer.parseInt(matcher.group(1));
        return matcher.group(2) == null ? new Year(year) : new Quarter(year, Integer.parseInt(matcher.group(2)));
    }

    private static int checkedYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidValue("period", "validation.period.year-range", MIN_YEAR, MAX_YEAR);
        }
        return year;
    }

    record Quarter(int year, int quarter) implements Period {

        public Quarter {
            checkedYear(year);
            if (quarter < 1 || quarter > 4) {
                throw new InvalidValue("period", "validation.period.quarter-range");
            }
        }

        @Override
        public LocalDate firstDay() {
            return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        }

        @Override
        public LocalDate endExclusive() {
            return firstDay().plusMonths(3);
        }

        @Override
        public String key() {
            return year + "-Q" + quarter;
        }

        public Year asYear() {
            return new Year(year);
        }

        public Quarter previous() {
            return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
        }

        public Quarter next() {
            return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
        }

        /** This quarter and the ones before it, oldest first: {@code count} quarters in all. */
        public List<Quarter> trailing(int count) {
            var quarters = new ArrayList<Quarter>(count);
            var current = this;
            for (int i = 0; i < count; i++) {
                quarters.addFirst(current);
                if (current.year == MIN_YEAR && current.quarter == 1) {
                    break;
                }
                current = current.previous();
            }
            return List.copyOf(quarters);
        }

        /** Q1 up to and including this quarter: the year-to-date of an annual figure. */
        public List<Quarter> yearToDate() {
            var quarters = new ArrayList<Quarter>();
            for (int q = 1; q <= quarter; q++) {
                quarters.add(new Quarter(year, q));
            }
            return List.copyOf(quarters);
        }

        @Override
        public String toString() {
            return key();
        }
    }

    record Year(int year) implements Period {

        public Year {
            checkedYear(year);
        }

        @Override
        public LocalDate firstDay() {
            return LocalDate.of(year, 1, 1);
        }

        @Override
        public LocalDate endExclusive() {
            return firstDay().plusYears(1);
        }

        @Override
        public String key() {
            return Integer.toString(year);
        }

        public List<Quarter> quarters() {
            return new Quarter(year, 4).yearToDate();
        }

        @Override
        public String toString() {
            return key();
        }
    }
}
