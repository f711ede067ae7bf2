package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When a collaboration meeting recurs, as wall-clock time in the organization's time zone: a weekly 09:00 meeting
 * stays 09:00 local across a daylight-saving change. A time that does not exist on a spring-forward day moves
 * forward by the gap (02:30 becomes 03:30); on a fall-back day the earlier of the two instants is taken.
 */
public sealed interface Recurrence permits Recurrence.Weekly, Recurrence.Monthly {

    LocalTime at();

    /** The first occurrence strictly after {@code after}. */
    Instant nextAfter(Instant after, ZoneId zone);

    /** Every week on {@code day} at {@code at}. */
    record Weekly(DayOfWeek day, LocalTime at) implements Recurrence {

        public Weekly {
            Require.present(day, "day");
            Require.present(at, "at");
        }

        @Override
        public Instant nextAfter(Instant after, ZoneId zone) {
            var date = LocalDate.ofInstant(after, zone).with(TemporalAdjusters.nextOrSame(day));
            var candidate = occurrence(date, at, zone);
            return candidate.isAfter(after) ? candidate : occurrence(date.plusWeeks(1), at, zone);
        }
    }

    /**
     * Every month on {@code dayOfMonth} at {@code at}; in a month too short for the day (the 31st in April, the
     * 29th to 31st in February) it falls on the month's last day rather than skipping the month.
     */
    record Monthly(int dayOfMonth, LocalTime at) implements Recurrence {

        public static final int LAST_DAY = 31;

        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > LAST_DAY) {
                throw new InvalidValue("dayOfMonth", "validation.collaboration.day-of-month", 1, LAST_DAY);
            }
            Require.present(at, "at");
        }

        @Override
        public Instant nextAfter(Instant after, ZoneId zone) {
            var month = YearMonth.from(LocalDate.ofInstant(after, zone));
            var candidate = occurrence(dayIn(month), at, zone);
            return candidate.isAfter(after) ? candidate : occurrence(dayIn(month.plusMonths(1)), at, zone);
        }

        private LocalDate dayIn(YearMonth month) {
            return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        }
    }

    /** ZonedDateTime.of resolves a gap forward by its length and an overlap to the earlier offset. */
    private static Instant occurrence(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
