package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The appraisal rules in one place: part by part, then the indicator (all parts pass), then the
 * scorecard (every indicator). Thresholds are inclusive as written; a missing figure or a ratio
 * with nothing to divide by is NO_DATA, never a pass; annual parts are judged on the year and
 * shown in a quarter as year-to-date progress against the pro-rata share of their threshold.
 */
public final class ScorecardPolicy {

    private ScorecardPolicy() {
    }

    public static Scorecard evaluate(Period period, AppraisalStandards standards, PartValues values) {
        var indicators = new ArrayList<IndicatorResult>();
        for (var indicator : Indicator.values()) {
            var parts = indicator.parts().stream().map(p -> evaluate(p, period, standards, values)).toList();
            var status = Status.ofAll(parts.stream().filter(PartResult::counts).map(PartResult::status).toList());
            indicators.add(new IndicatorResult(indicator, parts, status));
        }
        var overall = Status.ofAll(indicators.stream().map(IndicatorResult::status).toList());
        return new Scorecard(period, standards.number(), indicators, overall);
    }

    static PartResult evaluate(Part part, Period period, AppraisalStandards standards, PartValues values) {
        var threshold = standards.threshold(part);
        if (part.basis() == Basis.QUARTER) {
            var value = values.of(part, period);
            var status = value.map(v -> judge(v.measurement(), threshold)).orElse(Status.NO_DATA);
            return new PartResult(part, threshold, value.flatMap(v -> v.measurement().figure()),
                    value.stream().toList(), status, true, Optional.empty());
        }
        return switch (period) {
            case Period.Year year -> annual(part, threshold, year.quarters(), values, threshold.value(), true);
            case Period.Quarter quarter -> {
                var proRata = threshold.value().multiply(BigDecimal.valueOf(quarter.quarter()))
                        .divide(BigDecimal.valueOf(4), MathContext.DECIMAL64);
                yield annual(part, threshold, quarter.yearToDate(), values, proRata, false);
            }
        };
    }

    private static PartResult annual(Part part, Threshold threshold, List<Period.Quarter> quarters, PartValues values,
                                     BigDecimal judgedAgainst, boolean counts) {
        var present = quarters.stream().flatMap(q -> values.of(part, q).stream()).toList();
        var figures = present.stream().flatMap(v -> v.measurement().figure().stream()).toList();
        if (figures.isEmpty()) {
            return new PartResult(part, threshold, Optional.empty(), present, Status.NO_DATA, counts,
                    Optional.empty());
        }
        var sum = figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean complete = figures.size() == quarters.size();
        var status = annualStatus(threshold.direction(), sum, judgedAgainst, complete);
        var progress = counts ? Optional.<PartResult.Progress>empty()
                : Optional.of(new PartResult.Progress(sum, threshold.value(), judgedAgainst));
        return new PartResult(part, threshold, Optional.of(sum), present, status, counts, progress);
    }

    /**
     * Counts only grow as quarters are added: a sum that already meets "≥ n" passes and one that
     * already breaks "≤ n" fails, whatever the missing quarters bring; otherwise a missing quarter
     * leaves the verdict open (no data), never a fail on incomplete figures. A quarter without
     * events is entered as 0.
     */
    private static Status annualStatus(Direction direction, BigDecimal sum, BigDecimal threshold, boolean complete) {
        boolean holds = direction.holds(sum, threshold);
        if (complete) {
            return holds ? Status.PASS : Status.FAIL;
        }
        return switch (direction) {
            case AT_LEAST -> holds ? Status.PASS : Status.NO_DATA;
            case AT_MOST -> holds ? Status.NO_DATA : Status.FAIL;
        };
    }

    private static Status judge(Measurement measurement, Threshold threshold) {
        if (measurement.figure().isEmpty()) {
            return Status.NO_DATA;
        }
        return threshold.isMetBy(measurement) ? Status.PASS : Status.FAIL;
    }
}
