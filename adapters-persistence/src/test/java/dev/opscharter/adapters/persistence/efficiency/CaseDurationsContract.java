package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.application.efficiency.port.out.CaseDurations;
import dev.opscharter.domain.efficiency.WindowDurations;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link CaseDurations} does, the fake as much as PostgreSQL over the execution records' case
 * summaries. Each test uses a process code of its own.
 */
abstract class CaseDurationsContract {

    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-04-01T00:00:00Z");

    protected abstract CaseDurations durations();

    /** A case of {@code process} that started at {@code first} and lasted {@code duration}. */
    protected abstract void addCase(String process, Instant first, Duration duration);

    static String process() {
        return "P_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
    }

    @Test
    void the_median_and_p90_interpolate_between_the_cases_that_started_in_the_window() {
        var process = process();
        addCase(process, FROM, Duration.ofHours(1));
        addCase(process, FROM.plusSeconds(60), Duration.ofHours(2));
        addCase(process, FROM.plus(Duration.ofDays(10)), Duration.ofHours(3));
        addCase(process, UNTIL.minusMillis(1), Duration.ofMinutes(250));
        // outside: just before and at the end of the window; and another process
        addCase(process, FROM.minusMillis(1), Duration.ofDays(30));
        addCase(process, UNTIL, Duration.ofDays(30));
        addCase(process(), FROM, Duration.ofDays(30));

        var durations = durations().startedBetween(process, FROM, UNTIL).orElseThrow();

        // 1 h, 2 h, 3 h, 4 h 10 min: the median between 2 and 3 h, the p90 at 2.7 of 3 intervals
        assertThat(durations).isEqualTo(new WindowDurations(4, Duration.ofMinutes(150),
                Duration.ofHours(3).plus(Duration.ofMinutes(49))));
        assertThat(durations().hasRecords(process)).isTrue();
    }

    @Test
    void a_window_without_cases_has_no_durations() {
        var process = process();
        addCase(process, UNTIL.plusSeconds(5), Duration.ofHours(1));

        assertThat(durations().startedBetween(process, FROM, UNTIL)).isEmpty();
        assertThat(durations().startedBetween(process(), FROM, UNTIL)).isEmpty();
        assertThat(durations().hasRecords(process())).isFalse();
    }

    @Test
    void one_case_is_its_own_median_and_p90() {
        var process = process();
        addCase(process, FROM, Duration.ofSeconds(90));

        assertThat(durations().startedBetween(process, FROM, UNTIL))
                .contains(new WindowDurations(1, Duration.ofSeconds(90), Duration.ofSeconds(90)));
    }
}
