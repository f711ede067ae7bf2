package dev.opscharter.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates OpsCharter takes from users and files: 1990-01-01 to 2100-12-31. Nothing it records
 * (due dates, effective dates, hires and departures, executed steps) lies outside, so a
 * date there is a typing or export mistake (0026 for 2026, 20260 for 2026) that would otherwise
 * sort to the end of every list, make an action overdue for centuries or a period never end.
 * The one place the bound is written; the date pickers show the same.
 */
public final class BusinessDate {

    public static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private static final long FIRST_SECOND = FIRST.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    private static final long AFTER_LAST_SECOND = LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();

    private BusinessDate() {
    }

    /** @return the date, when it lies within the bounds; refuses it for {@code field} otherwise */
    public static LocalDate check(LocalDate date, String field) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new InvalidValue(field, "validation.date.range", FIRST.toString(), LAST.toString());
        }
        return date;
    }

    /** Whether an instant falls on a day within the bounds (in UTC; a few hours either way do not matter here). */
    public static boolean contains(Instant instant) {
        long second = instant.getEpochSecond();
        return second >= FIRST_SECOND && second < AFTER_LAST_SECOND;
    }
}
