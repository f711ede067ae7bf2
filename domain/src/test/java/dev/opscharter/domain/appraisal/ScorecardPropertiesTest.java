package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static dev.opscharter.domain.appraisal.Status.FAIL;
import static dev.opscharter.domain.appraisal.Status.NO_DATA;
import static dev.opscharter.domain.appraisal.Status.PASS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The laws of the appraisal rules, for any figures: a better figure never makes a verdict worse,
 * missing data is never a pass, and the aggregation of statuses is the one the charter states.
 */
class ScorecardPropertiesTest {

    private static final AppraisalStandards CHARTER =
            AppraisalStandards.charter(2000, "director", Instant.parse("2026-01-05T01:00:00Z"));

    // ---------------------------------------------------------------- monotonicity

    @Property
    void improving_one_figure_never_turns_a_pass_into_a_fail_or_no_data(@ForAll("figures") Figures figures,
                                                                       @ForAll Part part,
                                                                       @ForAll @IntRange(min = 1, max = 4) int quarter,
                                                                       @ForAll("improvements") BigDecimal by) {
        int slot = part.basis() == Basis.YEAR ? quarter - 1 : 0;
        Assume.that(figures.of(part).get(slot).isPresent());

        var before = figures.scorecard();
        var after = figures.improved(part, slot, by).scorecard();

        for (var result : before.indicators().stream().flatMap(i -> i.parts().stream()).toList()) {
            if (result.status() == PASS) {
                assertThat(after.part(result.part()).orElseThrow().status()).as("%s", result.part()).isEqualTo(PASS);
            }
        }
        for (var indicator : before.indicators()) {
            if (indicator.status() == PASS) {
                assertThat(after.indicator(indicator.indicator()).status()).as("%s", indicator.indicator())
                        .isEqualTo(PASS);
            }
        }
        if (before.status() == PASS) {
            assertThat(after.status()).isEqualTo(PASS);
        }
        assertThat(after.failedParts()).isSubsetOf(before.failedParts());
    }

    @Property
    void a_better_ratio_never_loses_a_pass(@ForAll Direction direction,
                                           @ForAll @LongRange(max = 10_000) long numerator,
                                           @ForAll @LongRange(min = 1, max = 10_000) long denominator,
                                           @ForAll @LongRange(max = 500) long change,
                                           @ForAll("thresholds") BigDecimal threshold) {
        var ratio = Measurement.Ratio.of(numerator, denominator);
        var better = direction == Direction.AT_LEAST
                ? Measurement.Ratio.of(numerator + change, denominator)
                : Measurement.Ratio.of(Math.max(0, numerator - change), denominator);

        if (ratio.meets(direction, threshold)) {
            assertThat(better.meets(direction, threshold)).isTrue();
        }
    }

    // ---------------------------------------------------------------- no data is never a pass

    @Property
    void a_scorecard_passes_exactly_when_every_counting_part_passes(@ForAll("figures") Figures figures) {
        var scorecard = figures.scorecard();
        var counting = scorecard.indicators().stream().flatMap(i -> i.parts().stream())
                .filter(PartResult::counts).toList();

        boolean allPass = counting.stream().allMatch(p -> p.status() == PASS);
        boolean anyFail = counting.stream().anyMatch(p -> p.status() == FAIL);
        boolean anyMissing = counting.stream().anyMatch(p -> p.status() == NO_DATA);

        assertThat(scorecard.status() == PASS).isEqualTo(allPass);
        assertThat(scorecard.status() == FAIL).isEqualTo(anyFail);
        if (anyMissing) {
            assertThat(scorecard.status()).isNotEqualTo(PASS);
        }
        assertThat(scorecard.failedParts()).containsExactlyElementsOf(
                counting.stream().filter(p -> p.status() == FAIL).map(PartResult::part).toList());
    }

    @Property
    void an_indicator_with_a_missing_counting_part_never_passes(@ForAll("figures") Figures figures) {
        for (var indicator : figures.scorecard().indicators()) {
            boolean missing = indicator.parts().stream().anyMatch(p -> p.counts() && p.status() == NO_DATA);
            if (missing) {
                assertThat(indicator.status()).as("%s", indicator.indicator()).isNotEqualTo(PASS);
            }
        }
    }

    @Property
    void a_part_without_a_figure_is_no_data_and_a_quarterly_part_with_one_never_is(@ForAll("figures") Figures figures) {
        for (var result : figures.scorecard().indicators().stream().flatMap(i -> i.parts().stream()).toList()) {
            if (result.figure().isEmpty()) {
                assertThat(result.status()).as("%s", result.part()).isEqualTo(NO_DATA);
            } else if (result.part().basis() == Basis.QUARTER) {
                assertThat(result.status()).as("%s", result.part()).isNotEqualTo(NO_DATA);
            }
        }
    }

    @Property
    void a_ratio_with_a_zero_denominator_never_passes(@ForAll @LongRange(max = 1_000_000) long numerator,
                                                      @ForAll Direction direction,
                                                      @ForAll("thresholds") BigDecimal threshold,
                                                      @ForAll("percentParts") Part part,
                                                      @ForAll("periods") Period period) {
        var ratio = Measurement.Ratio.of(numerator, 0);

        assertThat(ratio.meets(direction, threshold)).isFalse();
        assertThat(ratio.figure()).isEmpty();
        var value = new PartValue(part, period, ratio, new Provenance.FromRecords("test", List.of()));
        var scorecard = ScorecardPolicy.evaluate(period, CHARTER, new PartValues(List.of(value)));
        assertThat(scorecard.part(part).orElseThrow().status()).isEqualTo(NO_DATA);
        assertThat(scorecard.status()).isNotEqualTo(PASS);
    }

    /** No rounding: n/d as a percentage against t is decided as the exact fraction 100·n/d would be. */
    @Property
    void a_ratio_is_compared_as_an_exact_fraction(@ForAll @LongRange(max = 1_000_000) long numerator,
                                                  @ForAll @LongRange(min = 1, max = 1_000_000) long denominator,
                                                  @ForAll("thresholds") BigDecimal threshold) {
        var ratio = Measurement.Ratio.of(numerator, denominator);
        // 100·n/d ≥ u/10^s  ⇔  100·n·10^s ≥ u·d   (u, s: unscaled value and scale of the threshold)
        var left = BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(100))
                .multiply(BigInteger.TEN.pow(threshold.scale()));
        var right = threshold.unscaledValue().multiply(BigInteger.valueOf(denominator));

        assertThat(ratio.meets(Direction.AT_LEAST, threshold)).isEqualTo(left.compareTo(right) >= 0);
        assertThat(ratio.meets(Direction.AT_MOST, threshold)).isEqualTo(left.compareTo(right) <= 0);
    }

    // ---------------------------------------------------------------- Status.ofAll

    @Property
    void all_pass_is_a_pass_any_fail_is_a_fail_any_running_is_in_progress_otherwise_no_data(
            @ForAll @Size(max = 8) List<Status> statuses) {
        var result = Status.ofAll(statuses);

        if (statuses.contains(FAIL)) {
            assertThat(result).isEqualTo(FAIL);
        } else if (statuses.contains(Status.IN_PROGRESS)) {
            assertThat(result).isEqualTo(Status.IN_PROGRESS);
        } else if (!statuses.isEmpty() && statuses.stream().allMatch(s -> s == PASS)) {
            assertThat(result).isEqualTo(PASS);
        } else {
            assertThat(result).isEqualTo(NO_DATA);
        }
    }

    @Property
    void no_data_among_the_statuses_is_never_a_pass(@ForAll @Size(max = 8) List<Status> statuses) {
        var withNoData = new ArrayList<>(statuses);
        withNoData.add(NO_DATA);

        assertThat(Status.ofAll(withNoData)).isNotEqualTo(PASS);
    }

    @Property
    void the_order_of_the_statuses_does_not_matter(@ForAll @Size(max = 8) List<Status> statuses, @ForAll long seed) {
        var shuffled = new ArrayList<>(statuses);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(Status.ofAll(shuffled)).isEqualTo(Status.ofAll(statuses));
    }

    @Property
    void judging_in_groups_gives_the_same_verdict(@ForAll @Size(min = 1, max = 6) List<Status> first,
                                                  @ForAll @Size(min = 1, max = 6) List<Status> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);

        assertThat(Status.ofAll(all)).isEqualTo(Status.ofAll(List.of(Status.ofAll(first), Status.ofAll(second))));
    }

    @Property
    void a_single_status_is_its_own_verdict_and_nothing_at_all_is_no_data(@ForAll Status status) {
        assertThat(Status.ofAll(List.of(status))).isEqualTo(status);
        assertThat(Status.ofAll(List.of(status, status))).isEqualTo(status);
        assertThat(Status.ofAll(List.of())).isEqualTo(NO_DATA);
    }

    // ---------------------------------------------------------------- generators

    /** A period and up to four figures per part (a quarterly part uses the first, the annual part one per quarter). */
    record Figures(Period period, Map<Part, List<Optional<BigDecimal>>> byPart) {

        List<Optional<BigDecimal>> of(Part part) {
            return byPart.get(part);
        }

        Figures improved(Part part, int slot, BigDecimal by) {
            var figures = new ArrayList<>(byPart.get(part));
            var old = figures.get(slot).orElseThrow();
            var step = part.unit() == Unit.COUNT ? by.setScale(0, java.math.RoundingMode.CEILING) : by;
            var better = part.direction() == Direction.AT_LEAST ? old.add(step) : old.subtract(step);
            figures.set(slot, Optional.of(clamp(part, better)));
            var copy = new EnumMap<>(byPart);
            copy.put(part, figures);
            return new Figures(period, copy);
        }

        Scorecard scorecard() {
            var values = new ArrayList<PartValue>();
            for (var part : Part.values()) {
                var figures = byPart.get(part);
                if (part.basis() == Basis.QUARTER) {
                    figures.getFirst().ifPresent(f -> values.add(value(part, period, f)));
                } else {
                    var quarters = switch (period) {
                        case Period.Year year -> year.quarters();
                        case Period.Quarter quarter -> quarter.yearToDate();
                    };
                    for (var q : quarters) {
                        figures.get(q.quarter() - 1).ifPresent(f -> values.add(value(part, q, f)));
                    }
                }
            }
            return ScorecardPolicy.evaluate(period, CHARTER, new PartValues(values));
        }

        private static PartValue value(Part part, Period period, BigDecimal figure) {
            return new PartValue(part, period, new Measurement.Amount(figure),
                    new Provenance.FromRecords("test", List.of()));
        }
    }

    @Provide
    Arbitrary<Figures> figures() {
        var perPart = Arrays.stream(Part.values()).map(p -> figure(p).optional(0.9).list().ofSize(4)).toList();
        return Combinators.combine(periods(), Combinators.combine(perPart).as(lists -> lists))
                .as((period, lists) -> {
                    var byPart = new EnumMap<Part, List<Optional<BigDecimal>>>(Part.class);
                    for (var part : Part.values()) {
                        byPart.put(part, lists.get(part.ordinal()));
                    }
                    return new Figures(period, byPart);
                });
    }

    @Provide
    Arbitrary<Period> periods() {
        return Arbitraries.integers().between(0, 4).map(q -> q == 0 ? new Period.Year(2026) : new Period.Quarter(2026, q));
    }

    @Provide
    Arbitrary<BigDecimal> improvements() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("60")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> thresholds() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200")).ofScale(4)
                .edgeCases(c -> c.add(new BigDecimal("95"), new BigDecimal("0.5"), new BigDecimal("100")));
    }

    @Provide
    Arbitrary<Part> percentParts() {
        return Arbitraries.of(Arrays.stream(Part.values()).filter(p -> p.unit() == Unit.PERCENT).toList());
    }

    /** A figure the part can take, often close to its threshold. */
    private static Arbitrary<BigDecimal> figure(Part part) {
        if (part.unit() == Unit.COUNT) {
            return Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.just(BigDecimal.ZERO)),
                    Tuple.of(2, Arbitraries.integers().between(1, 4).map(BigDecimal::valueOf)));
        }
        var low = lowest(part);
        var high = highest(part);
        var threshold = part.charterThreshold();
        var nearLow = threshold.subtract(BigDecimal.ONE).max(low);
        var nearHigh = threshold.add(BigDecimal.ONE).min(high);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.bigDecimals().between(nearLow, nearHigh).ofScale(2)),
                Tuple.of(1, Arbitraries.just(threshold)),
                Tuple.of(2, Arbitraries.bigDecimals().between(low, high).ofScale(2)));
    }

    private static BigDecimal lowest(Part part) {
        return part == Part.EFFICIENCY_IMPROVEMENT_RATE ? new BigDecimal("-50") : BigDecimal.ZERO;
    }

    private static BigDecimal highest(Part part) {
        return switch (part) {
            case CORE_TARGET_ATTAINMENT, EFFICIENCY_IMPROVEMENT_RATE, TRAINING_PLAN_COMPLETION -> new BigDecimal("200");
            default -> new BigDecimal("100");
        };
    }

    /** Keeps an improved figure within what the part can take (a count never below 0, a rate never over 100 %). */
    private static BigDecimal clamp(Part part, BigDecimal value) {
        if (part.unit() == Unit.COUNT) {
            return value.max(BigDecimal.ZERO);
        }
        return value.max(lowest(part)).min(highest(part));
    }
}
