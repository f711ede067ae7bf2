package dev.opscharter.application.targets;

import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricId;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which targets of a period a list shows: of one unit or all, of one metric or all, and those whose unit's
 * or metric's code or either name holds a text, in any case. Shared by the query port and the store, so
 * the store filters and counts in the database. "Below target only" is no part of it: the attainment is
 * reckoned from the actuals in Java, after the page is read.
 */
public record TargetFilter(Optional<BusinessUnitId> unit, Optional<MetricId> metric, String text) {

    public static final TargetFilter ALL = new TargetFilter(Optional.empty(), Optional.empty(), "");

    public TargetFilter {
        text = text.strip();
    }

    /** The text as the stores match it: lower case. */
    public String needle() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether the target of this unit and metric is one the filter lets through. */
    public boolean matches(BusinessUnit unit, Metric metric) {
        var needle = needle();
        return this.unit.map(unit.id()::equals).orElse(true) && this.metric.map(metric.id()::equals).orElse(true)
                && (needle.isEmpty() || Stream.of(unit.code(), unit.name().chinese(), unit.name().english(),
                        metric.code(), metric.name().chinese(), metric.name().english())
                .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle)));
    }
}
