package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ISO week, Monday to Sunday, as days of the organization's calendar: the span of one weekly report.
 * Its quarter and year are those of its Sunday, the day the report is written up to: a week that begins in
 * December and ends in January counts to the new year (its to-date figures start on 1 January).
 */
public record IsoWeek(LocalDate monday) implements Comparable<IsoWeek> {

    private static final Pattern KEY = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        Objects.requireNonNull(monday, "monday");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + monday);
        }
    }

    /** The week the day is in. */
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** Parses {@link #key()}: {@code 2026-W49}; refuses anything else with a localized error. */
    public static IsoWeek parse(String text) {
        var matcher = KEY.matcher(text.strip());
        if (!matcher.matches()) {
            throw new InvalidValue("week", "validation.targets.week");
        }
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        var anyDay = LocalDate.of(year, 1, 4); // the 4th of January is always in week 1
        if (week < 1 || week > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new InvalidValue("week", "validation.targets.week");
        }
        return of(anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public LocalDate endExclusive() {
        return monday.plusDays(7);
    }

    public IsoWeek previous() {
        return new IsoWeek(monday.minusDays(7));
    }

    public IsoWeek next() {
        return new IsoWeek(monday.plusDays(7));
    }

    /** The quarter whose to-date figures the week's report gives: the quarter of its Sunday. */
    public Period.Quarter quarter() {
        return Period.quarterOf(sunday());
    }

    public Period.Year year() {
        return quarter().asYear();
    }

    /** {@code 2026-W49}: the week-based year and the week's number. */
    public String key() {
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last week that has ended on {@code today}: the one before today's week. */
    public static IsoWeek lastEndedOn(LocalDate today) {
        return of(today).previous();
    }

    @Override
    public int compareTo(IsoWeek other) {
        return monday.compareTo(other.monday);
    }

    @Override
    public String toString() {
        return key();
    }
}
