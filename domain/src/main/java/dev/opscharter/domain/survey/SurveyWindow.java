package dev.opscharter.domain.survey;

import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a campaign takes answers, both inclusive, in the organization's time zone: it opens at
 * the start of {@code opensOn} and closes at the end of {@code closesOn} there, not in UTC.
 */
public record SurveyWindow(LocalDate opensOn, LocalDate closesOn) {

    /** A quarter at most: a longer window would run into the next quarter's campaign. */
    public static final int MAX_DAYS = 92;

    public SurveyWindow {
        BusinessDate.check(Require.present(opensOn, "opensOn"), "opensOn");
        BusinessDate.check(Require.present(closesOn, "closesOn"), "closesOn");
        if (closesOn.isBefore(opensOn)) {
            throw new InvalidValue("closesOn", "validation.survey.window-order");
        }
        if (days(opensOn, closesOn) > MAX_DAYS) {
            throw new InvalidValue("closesOn", "validation.survey.window-length", MAX_DAYS);
        }
    }

    /** How many days answers are taken: 1 when it opens and closes on the same day. */
    public long days() {
        return days(opensOn, closesOn);
    }

    private static long days(LocalDate first, LocalDate last) {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    public Instant opensAt(ZoneId zone) {
        return opensOn.atStartOfDay(zone).toInstant();
    }

    /** The end of {@code closesOn}: the first instant at which answers are no longer taken. */
    public Instant closesAt(ZoneId zone) {
        return closesOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean isOpenAt(Instant instant, ZoneId zone) {
        return !instant.isBefore(opensAt(zone)) && instant.isBefore(closesAt(zone));
    }

    /** Whether the window has begun by {@code today} (in the organization's zone). */
    public boolean hasStarted(LocalDate today) {
        return !today.isBefore(opensOn);
    }

    /** Whether the window is over on {@code today}: its last day has passed. */
    public boolean hasEnded(LocalDate today) {
        return today.isAfter(closesOn);
    }
}
