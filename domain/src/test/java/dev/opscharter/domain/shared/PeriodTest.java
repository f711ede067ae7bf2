package dev.opscharter.domain.shared;

import dev.opscharter.domain.shared.Period.Quarter;
import dev.opscharter.domain.shared.Period.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q1", "2026-Q3", "2026-Q4", "2026", "1990", "2100-Q4", "1990-Q1"})
    void a_key_parses_back_to_the_same_period(String key) {
        var period = Period.parse(key);

        assertThat(period.key()).isEqualTo(key);
        assertThat(period.toString()).isEqualTo(key);
    }

    @Test
    void parsing_tells_a_quarter_from_a_year_and_ignores_surrounding_blanks() {
        assertThat(Period.parse("2026-Q3")).isEqualTo(new Quarter(2026, 3));
        assertThat(Period.parse("2026")).isEqualTo(new Year(2026));
        assertThat(Period.parse("  2026-Q2 ")).isEqualTo(new Quarter(2026, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2026-Q0", "2026-Q5", "2026-q3", "2026Q3", "2026-Q", "26-Q3", "20260",
            "2026-03", "Q3-2026", "2026-Q3-", "abcd", "2026 Q3", "２０２６"})
    void anything_else_is_refused_as_an_invalid_period(String text) {
        var refusal = assertRejected(() -> Period.parse(text), "period", "validation.period.invalid");

        assertThat(refusal.arguments()).containsExactly(text);
    }

    @Test
    void years_are_limited_to_those_of_business_dates_1990_to_2100() {
        for (int outside : new int[] {1989, 2101}) {
            var refusal = assertRejected(() -> new Year(outside), "period", "validation.period.year-range");
            assertThat(refusal.arguments()).containsExactly(1990, 2100);
            assertRejected(() -> new Quarter(outside, 1), "period", "validation.period.year-range");
            assertRejected(() -> Period.parse(outside + "-Q4"), "period", "validation.period.year-range");
        }
        assertRejected(() -> new Year(2999), "period", "validation.period.year-range");
        assertThat(new Year(1990).firstDay()).isEqualTo(BusinessDate.FIRST);
        assertThat(new Year(2100).lastDay()).isEqualTo(BusinessDate.LAST);
        assertThat(new Quarter(1990, 1).year()).isEqualTo(Period.MIN_YEAR);
        assertThat(new Quarter(2100, 4).year()).isEqualTo(Period.MAX_YEAR);
        assertThat(Period.parse("2100-Q4")).isEqualTo(new Quarter(2100, 4));
    }

    @Test
    void a_quarter_is_numbered_one_to_four() {
        assertRejected(() -> new Quarter(2026, 0), "period", "validation.period.quarter-range");
        assertRejected(() -> new Quarter(2026, 5), "period", "validation.period.quarter-range");
    }

    @ParameterizedTest(name = "{0}: {1} .. {2}")
    @CsvSource({
            "2026-Q1, 2026-01-01, 2026-03-31",
            "2026-Q2, 2026-04-01, 2026-06-30",
            "2026-Q3, 2026-07-01, 2026-09-30",
            "2026-Q4, 2026-10-01, 2026-12-31",
            "2028-Q1, 2028-01-01, 2028-03-31",
            "2026, 2026-01-01, 2026-12-31"})
    void a_period_runs_from_its_first_to_its_last_calendar_day(String key, LocalDate first, LocalDate last) {
        var period = Period.parse(key);

        assertThat(period.firstDay()).isEqualTo(first);
        assertThat(period.lastDay()).isEqualTo(last);
        assertThat(period.endExclusive()).isEqualTo(last.plusDays(1));
        assertThat(period.contains(first)).isTrue();
        assertThat(period.contains(last)).isTrue();
        assertThat(period.contains(first.minusDays(1))).isFalse();
        assertThat(period.contains(last.plusDays(1))).isFalse();
    }

    @Test
    void the_first_of_july_in_shanghai_is_the_third_quarter_while_it_is_still_june_in_utc() {
        var instant = Instant.parse("2026-06-30T16:00:00Z"); // = 2026-07-01T00:00+08:00
        var q2 = new Quarter(2026, 2);
        var q3 = new Quarter(2026, 3);

        assertThat(Period.quarterOf(instant, SHANGHAI)).isEqualTo(q3);
        assertThat(Period.quarterOf(instant, ZoneOffset.UTC)).isEqualTo(q2);
        assertThat(q3.contains(instant, SHANGHAI)).isTrue();
        assertThat(q2.contains(instant, SHANGHAI)).isFalse();
        assertThat(q2.contains(instant, ZoneOffset.UTC)).isTrue();
        assertThat(q3.contains(instant, ZoneOffset.UTC)).isFalse();
    }

    @Test
    void a_quarter_starts_and_ends_at_midnight_in_the_organizations_zone() {
        var q3 = new Quarter(2026, 3);

        assertThat(q3.start(SHANGHAI)).isEqualTo(Instant.parse("2026-06-30T16:00:00Z"));
        assertThat(q3.end(SHANGHAI)).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
        assertThat(q3.start(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        // the last instant belongs to the quarter, the end does not
        assertThat(q3.contains(q3.end(SHANGHAI).minusNanos(1), SHANGHAI)).isTrue();
        assertThat(q3.contains(q3.end(SHANGHAI), SHANGHAI)).isFalse();
        assertThat(q3.contains(q3.start(SHANGHAI), SHANGHAI)).isTrue();
        assertThat(q3.contains(q3.start(SHANGHAI).minusNanos(1), SHANGHAI)).isFalse();
    }

    @Test
    void a_year_in_shanghai_starts_on_new_years_eve_in_utc() {
        var year = new Year(2026);

        assertThat(year.start(SHANGHAI)).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
        assertThat(year.end(SHANGHAI)).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    }

    @Test
    void the_quarter_of_a_day() {
        assertThat(Period.quarterOf(LocalDate.of(2026, 3, 31))).isEqualTo(new Quarter(2026, 1));
        assertThat(Period.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(new Quarter(2026, 2));
        assertThat(Period.quarterOf(LocalDate.of(2026, 12, 31))).isEqualTo(new Quarter(2026, 4));
    }

    @Test
    void previous_and_next_cross_the_year() {
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(new Quarter(2026, 3).previous()).isEqualTo(new Quarter(2026, 2));
        assertThat(new Quarter(2025, 4).next()).isEqualTo(new Quarter(2026, 1));
        assertThat(new Quarter(2026, 2).next()).isEqualTo(new Quarter(2026, 3));
    }

    @Test
    void there_is_no_quarter_outside_the_supported_years() {
        assertRejected(() -> new Quarter(1990, 1).previous(), "period", "validation.period.year-range");
        assertRejected(() -> new Quarter(2100, 4).next(), "period", "validation.period.year-range");
    }

    @Test
    void the_trailing_eight_quarters_cross_years_oldest_first_and_end_at_this_one() {
        var trailing = new Quarter(2027, 2).trailing(8);

        assertThat(trailing).containsExactly(
                new Quarter(2025, 3), new Quarter(2025, 4),
                new Quarter(2026, 1), new Quarter(2026, 2), new Quarter(2026, 3), new Quarter(2026, 4),
                new Quarter(2027, 1), new Quarter(2027, 2));
    }

    @Test
    void the_trailing_quarters_stop_at_the_first_supported_quarter() {
        assertThat(new Quarter(1990, 2).trailing(8)).containsExactly(new Quarter(1990, 1), new Quarter(1990, 2));
        assertThat(new Quarter(2026, 2).trailing(1)).containsExactly(new Quarter(2026, 2));
        assertThat(new Quarter(2026, 2).trailing(0)).isEmpty();
    }

    @Test
    void year_to_date_runs_from_the_first_quarter_to_this_one() {
        assertThat(new Quarter(2026, 1).yearToDate()).containsExactly(new Quarter(2026, 1));
        assertThat(new Quarter(2026, 3).yearToDate())
                .containsExactly(new Quarter(2026, 1), new Quarter(2026, 2), new Quarter(2026, 3));
    }

    @Test
    void a_year_has_four_quarters_and_a_quarter_knows_its_year() {
        assertThat(new Year(2026).quarters()).containsExactly(
                new Quarter(2026, 1), new Quarter(2026, 2), new Quarter(2026, 3), new Quarter(2026, 4));
        assertThat(new Quarter(2026, 3).asYear()).isEqualTo(new Year(2026));
    }

    @Test
    void a_period_is_in_the_future_until_its_first_day() {
        var q3 = new Quarter(2026, 3);

        assertThat(q3.isFuture(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(q3.isFuture(LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(q3.isFuture(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(new Year(2027).isFuture(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(new Year(2026).isFuture(LocalDate.of(2026, 1, 1))).isFalse();
    }
}
