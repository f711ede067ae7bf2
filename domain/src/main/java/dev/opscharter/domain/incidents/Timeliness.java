package dev.opscharter.domain.incidents;

import dev.opscharter.domain.shared.Proportion;
import dev.opscharter.domain.shared.WorkingCalendar;

import java.time.Instant;
import java.util.function.Function;

/**
 * Incident handling timeliness (事件处理及时率) of a period's incidents: those handled in time ÷ those that count
 * ({@link IncidentTimeline#handledInTime}); an incident still running within its limits does not count yet. No
 * counted incident is no figure, not 100 %.
 */
public record Timeliness(long inTime, long counted) implements Proportion {

    public static final Timeliness NONE = new Timeliness(0, 0);

    public Timeliness {
        Proportion.check("timeliness", inTime, counted);
    }

    /** The timeliness of {@code incidents} as they stand at {@code now}, each against its type's limits. */
    public static Timeliness of(Iterable<Incident> incidents, Function<String, StepLimits> limitsOfType,
                                WorkingCalendar calendar, Instant now) {
        long inTime = 0;
        long counted = 0;
        for (var incident : incidents) {
            var handled = incident.timeline().handledInTime(limitsOfType.apply(incident.typeCode()), calendar, now);
            if (handled.isPresent()) {
                counted++;
                if (handled.get()) {
                    inTime++;
                }
            }
        }
        return new Timeliness(inTime, counted);
    }

    @Override
    public long part() {
        return inTime;
    }

    @Override
    public long whole() {
        return counted;
    }
}
