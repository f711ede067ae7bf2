package dev.opscharter.domain.incidents;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An incident type's response limit for each step, counted in calendar hours or in the organization's working
 * hours: a system failure's cause located within 2 hours, its post-mortem held within 5 working days.
 */
public record StepLimits(LimitBasis basis, Map<IncidentStep, Duration> limits) {

    public StepLimits {
        Objects.requireNonNull(basis, "basis");
        var all = new EnumMap<IncidentStep, Duration>(IncidentStep.class);
        for (var step : IncidentStep.values()) {
            var limit = limits.get(step);
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new InvalidValue("limit-" + step.name(), "validation.incidents.step-limit");
            }
            all.put(step, limit);
        }
        limits = Map.copyOf(all);
    }

    public Duration limit(IncidentStep step) {
        return limits.get(step);
    }

    /** The time that counts between two instants: all of it, or only the working hours within it. */
    Duration elapsed(Instant from, Instant to, WorkingCalendar calendar) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return basis == LimitBasis.WORKING ? calendar.between(from, to) : Duration.between(from, to);
    }
}
