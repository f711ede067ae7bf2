package dev.opscharter.domain.collaboration;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** What holds for every occurrence, in zones with and without daylight saving, over the years OpsCharter keeps. */
class RecurrencePropertiesTest {

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Asia/Shanghai", "Europe/Berlin", "America/New_York", "Australia/Sydney")
                .map(ZoneId::of);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2040-01-01T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<LocalTime> times() {
        return Arbitraries.integers().between(0, 24 * 4 - 1).map(quarter -> LocalTime.of(quarter / 4, quarter % 4 * 15));
    }

    @Property
    void a_weekly_occurrence_is_the_next_one_on_its_weekday_at_its_time(
            @ForAll("instants") Instant after, @ForAll("zones") ZoneId zone, @ForAll DayOfWeek day,
            @ForAll("times") LocalTime time) {
        var weekly = new Recurrence.Weekly(day, time);
        var next = weekly.nextAfter(after, zone);
        var local = LocalDateTime.ofInstant(next, zone);

        assertThat(next).isAfter(after);
        assertThat(Duration.between(after, next)).isLessThanOrEqualTo(Duration.ofDays(7).plusHours(1));
        assertThat(local.getDayOfWeek()).isEqualTo(day);
        assertWallClock(local.toLocalTime(), time);
        assertThat(weekly.nextAfter(next, zone)).as("the one after is a week on")
                .isAfter(next.plus(Duration.ofDays(7).minusHours(2)));
    }

    @Property
    void a_monthly_occurrence_falls_on_its_day_or_the_last_day_of_a_shorter_month(
            @ForAll("instants") Instant after, @ForAll("zones") ZoneId zone, @ForAll @IntRange(min = 1, max = 31) int day,
            @ForAll("times") LocalTime time) {
        var monthly = new Recurrence.Monthly(day, time);
        var next = monthly.nextAfter(after, zone);
        var local = LocalDateTime.ofInstant(next, zone).toLocalDate();

        assertThat(next).isAfter(after);
        assertThat(Duration.between(after, next)).isLessThanOrEqualTo(Duration.ofDays(32));
        assertThat(local.getDayOfMonth()).isEqualTo(Math.min(day, local.lengthOfMonth()));
        assertWallClock(LocalDateTime.ofInstant(next, zone).toLocalTime(), time);
    }

    /** At the time, or later by a daylight-saving gap (at most an hour) when the time does not exist that day. */
    private static void assertWallClock(LocalTime actual, LocalTime wanted) {
        assertThat(Duration.between(wanted, actual)).isBetween(Duration.ZERO, Duration.ofHours(1));
    }
}
