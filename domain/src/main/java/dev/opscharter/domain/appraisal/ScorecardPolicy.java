package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.appraisal.PartResult.Derivation;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The appraisal rules in one place: part by part, then the indicator (all parts pass), then the
 * scorecard (every indicator). Thresholds are inclusive as written; a missing figure or a ratio
 * with nothing to divide by is NO_DATA, never a pass; annual parts are judged on the year and
 * shown in a quarter as year-to-date progress against the pro-rata share of their threshold.
 *
 * <p>A quarterly part on the year is judged on the year's own figure when one is recorded or
 * entered; otherwise on its quarters: counts added up, percentages averaged over the four quarters
 * (all four needed). A period that has not ended is never "not met": what does not pass yet is
 * IN_PROGRESS.
 */
public final class ScorecardPolicy {

    private ScorecardPolicy() {
    }

    /** The scorecard as it stands at the end of the period: final figures, a final verdict. */
    public static Scorecard evaluate(Period period, AppraisalStandards standards, PartValues values) {
        return evaluate(period, standards, values, period.endExclusive());
    }

    /** The scorecard as it stands on {@code asOf}: before the period's end, whatever does not pass yet is in progress. */
    public static Scorecard evaluate(Period period, AppraisalStandards standards, PartValues values, LocalDate asOf) {
        boolean running = asOf.isBefore(period.endExclusive());
        var indicators = new ArrayList<IndicatorResult>();
        for (var indicator : Indicator.values()) {
            var parts = indicator.parts().stream()
                    .map(p -> evaluate(p, period, standards, values))
                    .map(r -> running && r.counts() && r.status() != Status.PASS ? r.withStatus(Status.IN_PROGRESS) : r)
                    .toList();
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
            if (value.isEmpty() && period instanceof Period.Year year) {
                return part.unit() == Unit.COUNT
                        ? annual(part, threshold, year.quarters(), values, threshold.value(), true)
                        : averaged(part, threshold, year.quarters(), values);
            }
            var status = value.map(v -> judge(v.measurement(), threshold)).orElse(Status.NO_DATA);
            return new PartResult(part, threshold, value.flatMap(v -> v.measurement().figure()),
                    value.stream().toList(), status, true, Optional.empty(), Derivation.OWN);
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

    /** A percentage on the year from its quarters: judged only when all four have a figure. */
    private static PartResult averaged(Part part, Threshold threshold, List<Period.Quarter> quarters,
                                       PartValues values) {
        var present = quarters.stream().flatMap(q -> values.of(part, q).stream()).toList();
        var mean = QuarterMean.of(present.stream().map(PartValue::measurement).toList());
        var status = mean.filter(m -> present.size() == quarters.size())
                .map(m -> m.meets(threshold.direction(), threshold.value()) ? Status.PASS : Status.FAIL)
                .orElse(Status.NO_DATA);
        return new PartResult(part, threshold, mean.map(QuarterMean::figure), present, status, true,
                Optional.empty(), Derivation.QUARTERS_AVERAGED);
    }

    private static PartResult annual(Part part, Threshold threshold, List<Period.Quarter> quarters, PartValues values,
                                     BigDecimal judgedAgainst, boolean counts) {
        var present = quarters.stream().flatMap(q -> values.of(part, q).stream()).toList();
        var figures = present.stream().flatMap(v -> v.measurement().figure().stream()).toList();
        if (figures.isEmpty()) {
            return new PartResult(part, threshold, Optional.empty(), present, Status.NO_DATA, counts,
                    Optional.empty(), Derivation.QUARTERS_ADDED);
        }
        var sum = figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean complete = figures.size() == quarters.size();
        var status = annualStatus(threshold.direction(), sum, judgedAgainst, complete);
        var progress = counts ? Optional.<PartResult.Progress>empty()
                : Optional.of(new PartResult.Progress(sum, threshold.value(), judgedAgainst));
        return new PartResult(part, threshold, Optional.of(sum), present, status, counts, progress,
                Derivation.QUARTERS_ADDED);
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
