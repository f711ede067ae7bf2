package dev.opscharter.domain.survey;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class SurveyWindowTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final SurveyWindow SEPTEMBER =
            new SurveyWindow(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 30));

    @Test
    void both_days_are_included_in_the_organization_zone() {
        assertThat(SEPTEMBER.opensAt(SHANGHAI)).isEqualTo(Instant.parse("2026-09-14T16:00:00Z"));
        assertThat(SEPTEMBER.closesAt(SHANGHAI)).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
        assertThat(SEPTEMBER.days()).isEqualTo(16);
    }

    @Test
    void it_takes_answers_from_the_first_instant_of_its_first_day_to_the_last_of_its_last() {
        assertThat(SEPTEMBER.isOpenAt(Instant.parse("2026-09-14T15:59:59Z"), SHANGHAI)).isFalse();
        assertThat(SEPTEMBER.isOpenAt(Instant.parse("2026-09-14T16:00:00Z"), SHANGHAI)).isTrue();
        assertThat(SEPTEMBER.isOpenAt(Instant.parse("2026-09-30T15:59:59Z"), SHANGHAI)).isTrue();
        assertThat(SEPTEMBER.isOpenAt(Instant.parse("2026-09-30T16:00:00Z"), SHANGHAI)).isFalse();
    }

    @Test
    void started_and_ended_are_read_on_the_organization_day() {
        assertThat(SEPTEMBER.hasStarted(LocalDate.of(2026, 9, 14))).isFalse();
        assertThat(SEPTEMBER.hasStarted(LocalDate.of(2026, 9, 15))).isTrue();
        assertThat(SEPTEMBER.hasEnded(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(SEPTEMBER.hasEnded(LocalDate.of(2026, 10, 1))).isTrue();
    }

    @Test
    void a_one_day_window_is_fine_a_backwards_one_is_not() {
        var day = LocalDate.of(2026, 9, 15);
        assertThat(new SurveyWindow(day, day).days()).isEqualTo(1);
        assertRejected(() -> new SurveyWindow(day, day.minusDays(1)), "closesOn", "validation.survey.window-order");
    }

    @Test
    void a_window_lasts_at_most_ninety_two_days() {
        var first = LocalDate.of(2026, 7, 1);
        assertThat(new SurveyWindow(first, first.plusDays(91)).days()).isEqualTo(SurveyWindow.MAX_DAYS);
        assertRejected(() -> new SurveyWindow(first, first.plusDays(92)), "closesOn",
                "validation.survey.window-length");
    }

    @Test
    void days_outside_the_business_dates_are_typing_mistakes() {
        assertRejected(() -> new SurveyWindow(LocalDate.of(26, 9, 1), LocalDate.of(2026, 9, 30)), "opensOn",
                "validation.date.range");
    }
}
