package dev.opscharter.application.appraisal.port.out;

import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.shared.Period;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A source of figures computed from records in the system: one per context that keeps such
 * records (people for retention today; surveys, compliance checks, targets, risks later). A source
 * answers only for its parts and only where it has records; otherwise the figure may be entered
 * by hand. The value's provenance lists the records behind it for the drill-down.
 */
public interface IndicatorSource {

    Set<Part> parts();

    /**
     * Whether a period this source has no records for takes a figure typed by hand (a quarter without a
     * survey campaign). By default a source's parts are never typed: a period without records reads
     * "no data" (no core staff at the start of a quarter is not a figure someone should type).
     */
    default boolean leavesGapsToHandEntry() {
        return false;
    }

    /** @param period a quarter or a year; for annual parts always a quarter */
    Optional<PartValue> valueOf(Part part, Period period, ZoneId zone);

    /** Several periods at once; a source that reads many records overrides this to read them once. */
    default List<PartValue> valuesOf(Part part, Collection<? extends Period> periods, ZoneId zone) {
        return periods.stream().flatMap(p -> valueOf(part, p, zone).stream()).toList();
    }

    /**
     * Several of its parts for several periods at once; a source whose parts rest on the same records
     * overrides this to read them once for all of its parts.
     */
    default List<PartValue> valuesOf(Set<Part> parts, Collection<? extends Period> periods, ZoneId zone) {
        return parts.stream().flatMap(part -> valuesOf(part, periods, zone).stream()).toList();
    }

    /**
     * A source whose parts rest on the same records: every question is answered by
     * {@link #valuesOf(Set, Collection, ZoneId)}, which reads the records once for all parts and periods asked.
     */
    interface ReadOnce extends IndicatorSource {

        @Override
        default Optional<PartValue> valueOf(Part part, Period period, ZoneId zone) {
            return valuesOf(Set.of(part), List.of(period), zone).stream().findFirst();
        }

        @Override
        default List<PartValue> valuesOf(Part part, Collection<? extends Period> periods, ZoneId zone) {
            return valuesOf(Set.of(part), periods, zone);
        }

        @Override
        List<PartValue> valuesOf(Set<Part> parts, Collection<? extends Period> periods, ZoneId zone);
    }
}
