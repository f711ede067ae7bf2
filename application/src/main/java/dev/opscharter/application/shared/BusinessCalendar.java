package dev.opscharter.application.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Now, and today in the organization's time zone: the day a due date, a departure or a version's
 * start is judged by. The zone is asked each time, so a changed setting counts at once.
 */
public record BusinessCalendar(Clock clock, Supplier<ZoneId> zone) {

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone.get());
    }
}
