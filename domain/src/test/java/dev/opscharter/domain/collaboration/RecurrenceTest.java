package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecurrenceTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    static LocalDateTime inZone(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** The next {@code count} occurrences after {@code from}, each the one after the one before, as local times. */
    static List<LocalDateTime> series(Recurrence recurrence, Instant from, ZoneId zone, int count) {
        var times = new ArrayList<LocalDateTime>();
        var at = from;
        for (int i = 0; i < count; i++) {
            at = recurrence.nextAfter(at, zone);
            times.add(inZone(at, zone));
        }
        return times;
    }

    // ---- weekly

    @Test
    void weekly_answers_the_same_day_when_its_time_is_still_ahead_and_next_week_once_it_has_passed() {
        var monday10 = new Recurrence.Weekly(DayOfWeek.MONDAY, LocalTime.of(10, 0));

        assertThat(inZone(monday10.nextAfter(local("2026-06-01T09:59", SHANGHAI), SHANGHAI), SHANGHAI))
                .isEqualTo("2026-06-01T10:00");
        assertThat(inZone(monday10.nextAfter(local("2026-06-01T10:00", SHANGHAI), SHANGHAI), SHANGHAI))
                .as("strictly after: the occurrence itself leads to the next one").isEqualTo("2026-06-08T10:00");
        assertThat(inZone(monday10.nextAfter(local("2026-06-03T08:00", SHANGHAI), SHANGHAI), SHANGHAI))
                .isEqualTo("2026-06-08T10:00");
    }

    @Test
    void weekly_is_computed_in_the_organizations_zone_not_in_utc() {
        var monday09 = new Recurrence.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0));
        // Sunday 2026-06-07 20:00 UTC is already Monday 04:00 in Shanghai: the meeting is that same Monday.
        var next = monday09.nextAfter(Instant.parse("2026-06-07T20:00:00Z"), SHANGHAI);

        assertThat(next).isEqualTo(Instant.parse("2026-06-08T01:00:00Z"));
    }

    @Test
    void a_weekly_meeting_stays_at_its_local_time_across_the_spring_change_in_berlin() {
        // Europe/Berlin moves from +01:00 to +02:00 on Sunday 2026-03-29.
        var monday09 = new Recurrence.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0));
        var before = monday09.nextAfter(local("2026-03-20T12:00", BERLIN), BERLIN);
        var after = monday09.nextAfter(before, BERLIN);

        assertThat(inZone(before, BERLIN)).isEqualTo("2026-03-23T09:00");
        assertThat(inZone(after, BERLIN)).isEqualTo("2026-03-30T09:00");
        assertThat(before).isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));
        assertThat(after).as("an hour earlier in UTC, the same hour on the wall")
                .isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void a_weekly_meeting_stays_at_its_local_time_across_the_autumn_change_in_new_york() {
        // America/New_York moves from -04:00 to -05:00 on Sunday 2026-11-01.
        var friday15 = new Recurrence.Weekly(DayOfWeek.FRIDAY, LocalTime.of(15, 30));

        assertThat(series(friday15, local("2026-10-25T00:00", NEW_YORK), NEW_YORK, 3)).containsExactly(
                LocalDateTime.parse("2026-10-30T15:30"), LocalDateTime.parse("2026-11-06T15:30"),
                LocalDateTime.parse("2026-11-13T15:30"));
    }

    @Test
    void a_time_that_does_not_exist_on_the_spring_forward_day_moves_forward_by_the_gap() {
        // New York skips 02:00–03:00 on Sunday 2026-03-08.
        var sunday0230 = new Recurrence.Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30));
        var inGap = sunday0230.nextAfter(local("2026-03-07T12:00", NEW_YORK), NEW_YORK);

        assertThat(inZone(inGap, NEW_YORK)).isEqualTo("2026-03-08T03:30");
        assertThat(inZone(sunday0230.nextAfter(inGap, NEW_YORK), NEW_YORK))
                .as("the week after, the time exists again").isEqualTo("2026-03-15T02:30");
    }

    @Test
    void a_time_that_occurs_twice_on_the_fall_back_day_is_held_at_the_first_of_them_and_once() {
        // Berlin repeats 02:00–03:00 on Sunday 2026-10-25: 02:30 is first at +02:00, then at +01:00.
        var sunday0230 = new Recurrence.Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30));
        var first = sunday0230.nextAfter(local("2026-10-24T12:00", BERLIN), BERLIN);

        assertThat(first).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(inZone(sunday0230.nextAfter(first, BERLIN), BERLIN))
                .as("not again an hour later").isEqualTo("2026-11-01T02:30");
    }

    @Test
    void shanghai_has_no_daylight_saving_so_the_utc_time_never_moves() {
        var monday09 = new Recurrence.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0));
        var at = local("2026-01-01T00:00", SHANGHAI);
        for (int week = 0; week < 53; week++) {
            at = monday09.nextAfter(at, SHANGHAI);
            assertThat(at.atZone(ZoneId.of("UTC")).toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        }
        assertThat(inZone(at, SHANGHAI)).isEqualTo("2027-01-04T09:00");
    }

    // ---- monthly

    @Test
    void a_monthly_meeting_on_the_31st_falls_on_the_last_day_of_shorter_months_and_returns_to_the_31st() {
        var on31 = new Recurrence.Monthly(31, LocalTime.of(14, 0));

        assertThat(series(on31, local("2026-01-01T00:00", SHANGHAI), SHANGHAI, 5)).containsExactly(
                LocalDateTime.parse("2026-01-31T14:00"), LocalDateTime.parse("2026-02-28T14:00"),
                LocalDateTime.parse("2026-03-31T14:00"), LocalDateTime.parse("2026-04-30T14:00"),
                LocalDateTime.parse("2026-05-31T14:00"));
    }

    @ParameterizedTest(name = "day {0} after {1}: {2}")
    @CsvSource({
            "29, 2028-02-01T00:00, 2028-02-29T14:00",   // leap year: February has its 29th
            "29, 2027-02-01T00:00, 2027-02-28T14:00",
            "30, 2027-02-28T14:00, 2027-03-30T14:00",   // held on the 28th for the 30th: next is March's 30th
            "31, 2026-12-31T14:00, 2027-01-31T14:00",   // across the year end
            "1,  2026-05-31T23:59, 2026-06-01T14:00",
            "15, 2026-05-15T13:59, 2026-05-15T14:00",
            "15, 2026-05-15T14:00, 2026-06-15T14:00"})
    void monthly_occurrences_across_month_ends(int day, String after, String expected) {
        var monthly = new Recurrence.Monthly(day, LocalTime.of(14, 0));

        assertThat(inZone(monthly.nextAfter(local(after, SHANGHAI), SHANGHAI), SHANGHAI))
                .isEqualTo(LocalDateTime.parse(expected));
    }

    @Test
    void a_monthly_meeting_keeps_its_local_time_across_daylight_saving_in_berlin() {
        var fifth = new Recurrence.Monthly(5, LocalTime.of(9, 0));
        var march = fifth.nextAfter(local("2026-03-01T00:00", BERLIN), BERLIN);
        var april = fifth.nextAfter(march, BERLIN);

        assertThat(march).isEqualTo(ZonedDateTime.parse("2026-03-05T09:00+01:00[Europe/Berlin]").toInstant());
        assertThat(april).isEqualTo(ZonedDateTime.parse("2026-04-05T09:00+02:00[Europe/Berlin]").toInstant());
    }

    @Test
    void a_monthly_meeting_on_a_spring_forward_night_moves_forward_by_the_gap() {
        var on8th = new Recurrence.Monthly(8, LocalTime.of(2, 15));

        assertThat(inZone(on8th.nextAfter(local("2026-03-01T00:00", NEW_YORK), NEW_YORK), NEW_YORK))
                .isEqualTo("2026-03-08T03:15");
    }

    @Test
    void the_day_of_the_month_lies_between_1_and_31() {
        for (int day : new int[] {0, 32, -1}) {
            assertThatThrownBy(() -> new Recurrence.Monthly(day, LocalTime.NOON))
                    .isInstanceOfSatisfying(InvalidValue.class, e -> {
                        assertThat(e.field()).isEqualTo("dayOfMonth");
                        assertThat(e.messageKey()).isEqualTo("validation.collaboration.day-of-month");
                    });
        }
        assertThat(new Recurrence.Monthly(1, LocalTime.NOON).dayOfMonth()).isEqualTo(1);
        assertThat(new Recurrence.Monthly(31, LocalTime.NOON).dayOfMonth()).isEqualTo(31);
    }

    // ---- defaults

    @Test
    void the_default_series_are_weekly_with_sales_and_marketing_and_monthly_with_finance() {
        var defaults = MeetingSeries.defaults();

        assertThat(defaults).hasSize(2);
        assertThat(defaults.get(0).departments()).extracting(d -> d.value()).containsExactly("SALES", "MARKETING");
        assertThat(defaults.get(0).recurrence()).isInstanceOf(Recurrence.Weekly.class);
        assertThat(defaults.get(1).departments()).extracting(d -> d.value()).containsExactly("FINANCE");
        assertThat(defaults.get(1).recurrence()).isInstanceOf(Recurrence.Monthly.class);
    }
}
