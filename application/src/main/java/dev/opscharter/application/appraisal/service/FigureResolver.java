package dev.opscharter.application.appraisal.service;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.appraisal.port.out.ManualEntries;
import dev.opscharter.application.appraisal.port.out.ScorecardApprovals;
import dev.opscharter.domain.appraisal.Basis;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.PartValues;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.Scorecard;
import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.shared.Period;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the figure of every part for a set of periods: as frozen by an approval; else from records
 * where a source has them; else as entered by hand. Reads each store once per request.
 */
final class FigureResolver {

    private final Map<Part, IndicatorSource> sources = new EnumMap<>(Part.class);
    private final ManualEntries manualEntries;
    private final ScorecardApprovals approvals;

    FigureResolver(List<IndicatorSource> sources, ManualEntries manualEntries, ScorecardApprovals approvals) {
        sources.forEach(source -> source.parts().forEach(part -> {
            if (this.sources.putIfAbsent(part, source) != null) {
                throw new IllegalStateException("two sources for " + part);
            }
        }));
        this.manualEntries = manualEntries;
        this.approvals = approvals;
    }

    Set<Part> recordParts() {
        return sources.keySet();
    }

    /**
     * The parts of {@code scorecard} whose figures come from records: every part of a source, but a part
     * whose source leaves gaps to hand entry only where the scorecard holds a value from its records.
     */
    Set<Part> recordParts(Scorecard scorecard) {
        var parts = EnumSet.noneOf(Part.class);
        sources.forEach((part, source) -> {
            if (!source.leavesGapsToHandEntry() || scorecard.part(part).stream()
                    .flatMap(result -> result.values().stream())
                    .anyMatch(value -> value.provenance() instanceof Provenance.FromRecords)) {
                parts.add(part);
            }
        });
        return Set.copyOf(parts);
    }

    Optional<IndicatorSource> sourceOf(Part part) {
        return Optional.ofNullable(sources.get(part));
    }

    /** The periods whose figures a scorecard of {@code period} reads: itself, and quarters for annual parts. */
    static Set<Period> periodsRead(Period period) {
        var periods = new LinkedHashSet<Period>();
        periods.add(period);
        switch (period) {
            case Period.Year year -> periods.addAll(year.quarters());
            case Period.Quarter quarter -> periods.addAll(quarter.yearToDate());
        }
        return periods;
    }

    /**
     * The periods a scorecard of {@code period} judges {@code part} on ({@code ScorecardPolicy}): a quarterly part
     * on the quarter, or on the year and, where the year has no figure of its own, its quarters; an annual part on
     * the quarters of the year so far.
     */
    static List<Period> periodsRead(Part part, Period period) {
        var periods = new ArrayList<Period>();
        if (part.basis() == Basis.QUARTER) {
            periods.add(period);
            if (period instanceof Period.Year year) {
                periods.addAll(year.quarters());
            }
        } else {
            periods.addAll(switch (period) {
                case Period.Year year -> year.quarters();
                case Period.Quarter quarter -> quarter.yearToDate();
            });
        }
        return List.copyOf(periods);
    }

    /** The figures the scorecard of {@code period} is judged on, and no others (a quarter reads no earlier quarter's). */
    PartValues resolve(Period period, ZoneId zone) {
        var read = new EnumMap<Part, List<Period>>(Part.class);
        for (var part : Part.values()) {
            read.put(part, periodsRead(part, period));
        }
        return resolve(read, zone);
    }

    /** Every part's figures of {@code periods}: an annual part's of the quarters among them. */
    PartValues resolve(Collection<Period> periods, ZoneId zone) {
        var read = new EnumMap<Part, List<Period>>(Part.class);
        for (var part : Part.values()) {
            read.put(part, periods.stream().filter(p -> part.basis() == Basis.QUARTER || p instanceof Period.Quarter)
                    .toList());
        }
        return resolve(read, zone);
    }

    /** Each part's figures of its periods: as frozen by an approval, else from records, else as typed. */
    private PartValues resolve(Map<Part, List<Period>> read, ZoneId zone) {
        var periods = read.values().stream().flatMap(List::stream).distinct().toList();
        var approved = approvals.of(periods).stream()
                .collect(Collectors.toMap(ScorecardApproval::period, Function.identity()));
        var values = new ArrayList<PartValue>();
        approved.values().forEach(a -> values.addAll(a.frozenValues().stream()
                .filter(v -> v.period().equals(a.period())).toList()));
        var live = new EnumMap<Part, List<Period>>(Part.class);
        read.forEach((part, of) -> live.put(part, of.stream().filter(p -> !approved.containsKey(p)).toList()));
        var manual = manualEntries.forPeriods(periods.stream().filter(p -> !approved.containsKey(p)).toList());
        var fromRecords = fromRecords(live, zone);
        for (var part : Part.values()) {
            var livePeriods = live.get(part);
            var ofPart = fromRecords.stream().filter(v -> v.part() == part).toList();
            values.addAll(ofPart);
            var recorded = ofPart.stream().map(PartValue::period).collect(Collectors.toSet());
            manual.stream()
                    .filter(e -> e.part() == part && livePeriods.contains(e.period()) && !recorded.contains(e.period()))
                    .map(ManualEntry::toValue)
                    .forEach(values::add);
        }
        return new PartValues(values);
    }

    /** Every source asked once for all of its parts that read the same periods. */
    private List<PartValue> fromRecords(Map<Part, List<Period>> live, ZoneId zone) {
        record Read(IndicatorSource source, List<Period> periods) {
        }
        var reads = new LinkedHashMap<Read, Set<Part>>();
        for (var part : Part.values()) {
            sourceOf(part).ifPresent(source -> reads.computeIfAbsent(new Read(source, live.get(part)),
                    r -> EnumSet.noneOf(Part.class)).add(part));
        }
        var values = new ArrayList<PartValue>();
        reads.forEach((r, parts) -> {
            if (!r.periods().isEmpty()) {
                values.addAll(r.source().valuesOf(parts, r.periods(), zone));
            }
        });
        return values;
    }
}
