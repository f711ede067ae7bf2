package dev.opscharter.domain.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The weekly operations data report (运营数据周报) of one ISO week: for every unit × metric with a target for
 * the week's quarter or year, the week's figure against the week before, the quarter and year to date
 * against their targets with the projection at this pace, and the deviations flagged. Key indicators
 * first, then core metrics, then the others; by metric code, then unit code.
 */
public record WeeklyReport(IsoWeek week, List<Line> lines) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<Line> ORDER = Comparator
            .comparing((Line line) -> !line.metric().key())
            .thenComparing(line -> !line.metric().core())
            .thenComparing(line -> line.metric().code())
            .thenComparing(line -> line.unit().code());

    public WeeklyReport {
        Objects.requireNonNull(week, "week");
        lines = List.copyOf(lines);
    }

    /** What is flagged on a line. */
    public enum Deviation {
        /** At this pace the quarter's target will be missed. */
        QUARTER_OFF_PACE,
        /** At this pace the year's target will be missed. */
        YEAR_OFF_PACE,
        /** A key indicator not attained so far (quarter or year). */
        KEY_UNMET
    }

    /**
     * @param weekOnWeek the change from the week before in percent of it, one decimal; none without both
     *                   figures or when the week before was 0
     */
    public record Line(BusinessUnit unit, Metric metric, PeriodFigure thisWeek, PeriodFigure weekBefore,
                       Optional<BigDecimal> weekOnWeek, PeriodStanding quarter, PeriodStanding year,
                       Set<Deviation> deviations) {

        public Line {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(metric, "metric");
            deviations = deviations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(deviations));
        }

        public boolean deviates() {
            return !deviations.isEmpty();
        }
    }

    /** The totals of a span's days of a unit's metric, as a store adds them up; none without a day. */
    @FunctionalInterface
    public interface SpanTotals {

        Optional<DayTotals> of(BusinessUnitId unit, MetricId metric);

        static SpanTotals of(Map<BusinessUnitId, Map<MetricId, DayTotals>> totals) {
            return (unit, metric) -> Optional.ofNullable(totals.getOrDefault(unit, Map.of()).get(metric));
        }
    }

    /** The four spans the report adds up: the week, the week before, the quarter and the year to its Sunday. */
    public record Spans(SpanTotals week, SpanTotals weekBefore, SpanTotals quarterToDate, SpanTotals yearToDate) {
    }

    /**
     * @param targets the targets of the week's quarter and of its year (others are ignored)
     * @param units   the units the targets name; a target of a unit not among them is left out
     */
    public static WeeklyReport of(IsoWeek week, List<Metric> metrics, List<BusinessUnit> units, List<Target> targets,
                                  Spans spans) {
        var metricById = metrics.stream().collect(Collectors.toMap(Metric::id, Function.identity()));
        var unitById = units.stream().collect(Collectors.toMap(BusinessUnit::id, Function.identity(), (a, b) -> a));
        var quarter = week.quarter();
        var year = week.year();
        record Pair(BusinessUnitId unit, MetricId metric) {
        }
        var quarterTargets = new HashMap<Pair, BigDecimal>();
        var yearTargets = new HashMap<Pair, BigDecimal>();
        var pairs = new LinkedHashSet<Pair>();
        for (var target : targets) {
            var pair = new Pair(target.unit(), target.metric());
            if (target.period().equals(quarter)) {
                quarterTargets.put(pair, target.value());
            } else if (target.period().equals(year)) {
                yearTargets.put(pair, target.value());
            } else {
                continue;
            }
            pairs.add(pair);
        }
        var lines = new ArrayList<Line>();
        for (var pair : pairs) {
            var metric = metricById.get(pair.metric());
            var unit = unitById.get(pair.unit());
            if (metric == null || unit == null) {
                continue;
            }
            var thisWeek = PeriodFigure.of(metric, id -> spans.week().of(pair.unit(), id));
            var before = PeriodFigure.of(metric, id -> spans.weekBefore().of(pair.unit(), id));
            var quarterStanding = PeriodStanding.of(metric, quarter, week.sunday(),
                    Optional.ofNullable(quarterTargets.get(pair)),
                    PeriodFigure.of(metric, id -> spans.quarterToDate().of(pair.unit(), id)));
            var yearStanding = PeriodStanding.of(metric, year, week.sunday(), Optional.ofNullable(yearTargets.get(pair)),
                    PeriodFigure.of(metric, id -> spans.yearToDate().of(pair.unit(), id)));
            lines.add(new Line(unit, metric, thisWeek, before, change(thisWeek, before), quarterStanding, yearStanding,
                    deviations(quarterStanding, yearStanding)));
        }
        lines.sort(ORDER);
        return new WeeklyReport(week, lines);
    }

    /** The change in percent of the week before, one decimal, half up; none without both or from 0. */
    public static Optional<BigDecimal> change(PeriodFigure thisWeek, PeriodFigure weekBefore) {
        if (thisWeek.value().isEmpty() || weekBefore.value().isEmpty() || weekBefore.value().get().signum() == 0) {
            return Optional.empty();
        }
        var before = weekBefore.value().get();
        return Optional.of(thisWeek.value().get().subtract(before).multiply(HUNDRED)
                .divide(before.abs(), 1, RoundingMode.HALF_UP));
    }

    private static Set<Deviation> deviations(PeriodStanding quarter, PeriodStanding year) {
        var flagged = EnumSet.noneOf(Deviation.class);
        if (quarter.offPace()) {
            flagged.add(Deviation.QUARTER_OFF_PACE);
        }
        if (year.offPace()) {
            flagged.add(Deviation.YEAR_OFF_PACE);
        }
        if (quarter.keyUnmet() || year.keyUnmet()) {
            flagged.add(Deviation.KEY_UNMET);
        }
        return flagged;
    }

    /** Lines with at least one deviation. */
    public int deviating() {
        return (int) lines.stream().filter(Line::deviates).count();
    }

    /** Lines whose quarter's or year's target will be missed at this pace. */
    public int offPace() {
        return (int) lines.stream().filter(line -> line.deviations().contains(Deviation.QUARTER_OFF_PACE)
                || line.deviations().contains(Deviation.YEAR_OFF_PACE)).count();
    }

    /** Lines flagged with the deviation. */
    public int flagged(Deviation deviation) {
        return (int) lines.stream().filter(line -> line.deviations().contains(deviation)).count();
    }
}
