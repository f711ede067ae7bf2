package dev.opscharter.bootstrap.jobs;

import org.jobrunr.scheduling.cron.CronExpression;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** When JobRunr runs the weekly report: Mondays at 07:00 in the organization's zone, not in UTC. */
class WeeklyReportTriggerTest {

    private static final CronExpression TRIGGER = new CronExpression(WeeklyReportJob.MONDAYS_AT_7);

    @Test
    void the_next_run_is_monday_seven_in_the_morning_in_shanghai() {
        var shanghai = ZoneId.of("Asia/Shanghai");
        // Sunday 6 December 2026, 23:30 in Shanghai (15:30 UTC)
        var now = Instant.parse("2026-12-06T15:30:00Z");

        var next = TRIGGER.next(now, now, shanghai);

        assertThat(next).isEqualTo(Instant.parse("2026-12-06T23:00:00Z"));
        var local = LocalDateTime.ofInstant(next, shanghai);
        assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(local.getHour()).isEqualTo(7);
    }

    @Test
    void on_monday_morning_in_shanghai_after_seven_utc_still_sunday_the_next_run_is_a_week_later() {
        var shanghai = ZoneId.of("Asia/Shanghai");
        // Monday 7 December 2026, 07:30 in Shanghai: Sunday 23:30 in UTC, yet this Monday's run is past
        var now = Instant.parse("2026-12-06T23:30:00Z");

        assertThat(TRIGGER.next(now, now, shanghai)).isEqualTo(Instant.parse("2026-12-13T23:00:00Z"));
    }

    @Test
    void seven_in_new_york_follows_daylight_saving_time() {
        var newYork = ZoneId.of("America/New_York");
        var summer = Instant.parse("2026-10-20T00:00:00Z");
        var clocksGoBack = Instant.parse("2026-10-27T00:00:00Z"); // on Sunday 1 November

        assertThat(TRIGGER.next(summer, summer, newYork)).isEqualTo(Instant.parse("2026-10-26T11:00:00Z"));
        assertThat(TRIGGER.next(clocksGoBack, clocksGoBack, newYork)).isEqualTo(Instant.parse("2026-11-02T12:00:00Z"));
    }
}
