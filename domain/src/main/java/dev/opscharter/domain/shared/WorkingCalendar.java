package dev.opscharter.domain.shared;


import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The organization's working time for limits counted in working hours: working days and one daily
 * span, in the organization's time zone (default Monday to Friday, 09:00–18:00).
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime start, LocalTime end) {

    /** How far (in days) around a zone transition a day's working span may be shorter or longer. */
    private static final Duration TRANSITION_REACH = Duration.ofDays(2);

    public WorkingCalendar {
        Objects.requireNonNull(zone);
        workingDays = workingDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workingDays));
        if (workingDays.isEmpty()) {
            throw new InvalidValue("workingDays", "validation.required");
        }
        if (!start.isBefore(end)) {
            throw new InvalidValue("end", "validation.compliance.working-hours");
        }
    }

    public static WorkingCalendar standard(ZoneId zone) {
        return new WorkingCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(18, 0));
    }

    /**
     * Working time between two instants; zero when {@code to} is not after {@code from}. The sum, over
     * the working days from {@code from}'s day to {@code to}'s day (in the zone), of the part of that
     * day's working span inside [from, to]. The first and last day are clipped; the whole days between
     * them count arithmetically (whole weeks, then the remaining days), and the few days a zone
     * transition (summer time) touches are corrected to their real span, so that a case lasting years
     * costs no more than one lasting a day.
     */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        var firstDay = LocalDate.ofInstant(from, zone);
        var lastDay = LocalDate.ofInstant(to, zone);
        int order = firstDay.compareTo(lastDay);
        if (order > 0) {
            return Duration.ZERO;
        }
        if (order == 0) {
            return spanOn(firstDay, from, to);
        }
        var total = spanOn(firstDay, from, to).plus(spanOn(lastDay, from, to));
        var inner = firstDay.plusDays(1);
        long innerDays = ChronoUnit.DAYS.between(inner, lastDay);
        if (innerDays > 0) {
            var nominal = Duration.between(start, end);
            total = total.plus(nominal.multipliedBy(workingDaysAmong(inner.getDayOfWeek(), innerDays)));
            total = total.plus(transitionCorrection(firstDay, lastDay, from, to, nominal));
        }
        return total;
    }

    /** The working days among {@code count} consecutive days starting on {@code first}. */
    private long workingDaysAmong(DayOfWeek first, long count) {
        long days = count / 7 * workingDays.size();
        var day = first;
        for (long i = count % 7; i > 0; i--) {
            if (workingDays.contains(day)) {
                days++;
            }
            day = day.plus(1);
        }
        return days;
    }

    /**
     * For the inner days (strictly between the first and last day) near a zone transition: their real
     * span less the nominal one that was counted for them. Zero in zones without transitions in range.
     */
    private Duration transitionCorrection(LocalDate firstDay, LocalDate lastDay, Instant from, Instant to,
                                          Duration nominal) {
        var rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return Duration.ZERO;
        }
        var correction = Duration.ZERO;
        Set<LocalDate> corrected = null;
        var limit = to.plus(TRANSITION_REACH);
        var transition = rules.nextTransition(from.minus(TRANSITION_REACH));
        while (transition != null && transition.getInstant().isBefore(limit)) {
            var before = transition.getDateTimeBefore().toLocalDate();
            var after = transition.getDateTimeAfter().toLocalDate();
            var low = (before.isBefore(after) ? before : after).minusDays(1);
            var high = (before.isBefore(after) ? after : before).plusDays(1);
            for (var day = low.isAfter(firstDay) ? low : firstDay.plusDays(1);
                 !day.isAfter(high) && day.isBefore(lastDay); day = day.plusDays(1)) {
                if (corrected == null) {
                    corrected = new HashSet<>();
                }
                if (corrected.add(day) && workingDays.contains(day.getDayOfWeek())) {
                    correction = correction.plus(spanOn(day, from, to)).minus(nominal);
                }
            }
            transition = rules.nextTransition(transition.getInstant());
        }
        return correction;
    }

    /** The part of {@code day}'s working span inside [from, to]; zero on a day off. */
    private Duration spanOn(LocalDate day, Instant from, Instant to) {
        if (!workingDays.contains(day.getDayOfWeek())) {
            return Duration.ZERO;
        }
        var open = day.atTime(start).atZone(zone).toInstant();
        var close = day.atTime(end).atZone(zone).toInstant();
        var a = from.isAfter(open) ? from : open;
        var b = to.isBefore(close) ? to : close;
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }
}
