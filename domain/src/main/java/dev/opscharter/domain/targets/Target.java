package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a business unit is to reach in a metric over a year or a quarter, with every value it was given
 * (SPEC §5: targets are versioned with who changed them). The latest revision counts; a change needs a
 * reason, so the history says why the bar moved. Its version is the number of revisions, which is what
 * a concurrent change is detected by.
 */
public record Target(BusinessUnitId unit, MetricId metric, Period period, List<TargetRevision> revisions) {

    public Target {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        revisions = List.copyOf(revisions);
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("a target has at least its first value");
        }
    }

    public static Target set(BusinessUnitId unit, MetricId metric, Period period, BigDecimal value, String by,
                             Instant at) {
        return new Target(unit, metric, period, List.of(new TargetRevision(value, by, at, Optional.empty())));
    }

    public BigDecimal value() {
        return revisions.getLast().value();
    }

    public long version() {
        return revisions.size();
    }

    /** A new value with its reason; the same value again is refused as no change. */
    public Target revise(BigDecimal value, String by, Instant at, String reason) {
        if (value.compareTo(value()) == 0) {
            throw new InvalidValue("value", "validation.targets.unchanged");
        }
        if (reason.isBlank()) {
            throw new InvalidValue("reason", "validation.required");
        }
        var next = new ArrayList<>(revisions);
        next.add(new TargetRevision(value, by, at, Optional.of(reason)));
        return new Target(unit, metric, period, next);
    }
}
