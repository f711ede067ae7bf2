package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.opscharter.domain.appraisal.Part.COLLABORATION_SATISFACTION;
import static dev.opscharter.domain.appraisal.Part.CORE_STAFF_RETENTION;
import static dev.opscharter.domain.appraisal.Part.CORE_TARGET_ATTAINMENT;
import static dev.opscharter.domain.appraisal.Part.CUSTOMER_SATISFACTION;
import static dev.opscharter.domain.appraisal.Part.EFFICIENCY_IMPROVEMENT_RATE;
import static dev.opscharter.domain.appraisal.Part.KEY_INDICATORS_UNMET;
import static dev.opscharter.domain.appraisal.Part.MAJOR_ACCIDENTS;
import static dev.opscharter.domain.appraisal.Part.MAJOR_COMPLAINT_RATE;
import static dev.opscharter.domain.appraisal.Part.OPTIMIZATION_PROJECTS_LANDED;
import static dev.opscharter.domain.appraisal.Part.RISK_INCIDENCE;
import static dev.opscharter.domain.appraisal.Part.TRAINING_PLAN_COMPLETION;
import static dev.opscharter.domain.appraisal.Status.FAIL;
import static dev.opscharter.domain.appraisal.Status.NO_DATA;
import static dev.opscharter.domain.appraisal.Status.PASS;
import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScorecardPolicyTest {

    private static final Instant NOW = Instant.parse("2026-07-02T02:00:00Z");
    private static final AppraisalStandards CHARTER = AppraisalStandards.charter(2000, "director", NOW);
    private static final Period.Quarter Q2_2026 = new Period.Quarter(2026, 2);
    private static final Period.Year YEAR_2026 = new Period.Year(2026);

    // ---------------------------------------------------------------- part → indicator → scorecard

    @Nested
    class Aggregation {

        @Test
        void a_quarter_with_every_part_at_its_threshold_passes_every_indicator_and_the_scorecard() {
            var scorecard = evaluate(Q2_2026, allPassing(Q2_2026));

            assertThat(scorecard.indicators()).extracting(IndicatorResult::indicator).containsExactly(Indicator.values());
            assertThat(scorecard.indicators()).allSatisfy(i -> assertThat(i.status()).isEqualTo(PASS));
            assertThat(scorecard.status()).isEqualTo(PASS);
            assertThat(scorecard.failedParts()).isEmpty();
            assertThat(scorecard.vetoed()).isFalse();
            assertThat(scorecard.period()).isEqualTo(Q2_2026);
            assertThat(scorecard.standardsVersion()).isEqualTo(1);
        }

        @Test
        void a_year_with_every_part_at_its_threshold_passes() {
            var scorecard = evaluate(YEAR_2026, allPassing(YEAR_2026));

            assertThat(scorecard.status()).isEqualTo(PASS);
            assertThat(scorecard.part(OPTIMIZATION_PROJECTS_LANDED).orElseThrow().counts()).isTrue();
        }

        static Stream<Part> quarterlyParts() {
            return Arrays.stream(Part.values()).filter(p -> p.basis() == Basis.QUARTER);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("quarterlyParts")
        void one_failing_part_fails_its_indicator_and_the_scorecard_and_is_named(Part part) {
            var values = with(allPassing(Q2_2026), amount(part, Q2_2026, justFailing(part)));

            var scorecard = evaluate(Q2_2026, values);

            assertThat(scorecard.part(part).orElseThrow().status()).isEqualTo(FAIL);
            assertThat(scorecard.indicator(part.indicator()).status()).isEqualTo(FAIL);
            assertThat(scorecard.indicator(part.indicator()).failedParts()).containsExactly(part);
            assertThat(scorecard.indicators()).filteredOn(i -> i.indicator() != part.indicator())
                    .allSatisfy(i -> assertThat(i.status()).isEqualTo(PASS));
            assertThat(scorecard.status()).isEqualTo(FAIL);
            assertThat(scorecard.failedParts()).containsExactly(part);
            assertThat(scorecard.vetoed()).isEqualTo(part.veto());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("quarterlyParts")
        void one_missing_part_leaves_its_indicator_and_the_scorecard_without_data(Part part) {
            var values = without(allPassing(Q2_2026), part);

            var scorecard = evaluate(Q2_2026, values);

            assertThat(scorecard.part(part).orElseThrow().status()).isEqualTo(NO_DATA);
            assertThat(scorecard.indicator(part.indicator()).status()).isEqualTo(NO_DATA);
            assertThat(scorecard.status()).isEqualTo(NO_DATA);
            assertThat(scorecard.failedParts()).isEmpty();
            assertThat(scorecard.vetoed()).isFalse();
        }

        @Test
        void a_failing_part_outweighs_a_missing_one_in_the_same_indicator() {
            var values = with(without(allPassing(Q2_2026), COLLABORATION_SATISFACTION),
                    amount(CUSTOMER_SATISFACTION, Q2_2026, "80"));

            var scorecard = evaluate(Q2_2026, values);

            assertThat(scorecard.indicator(Indicator.SATISFACTION).status()).isEqualTo(FAIL);
            assertThat(scorecard.status()).isEqualTo(FAIL);
            assertThat(scorecard.failedParts()).containsExactly(CUSTOMER_SATISFACTION);
        }

        @Test
        void a_failing_indicator_outweighs_a_missing_one_on_the_scorecard() {
            var values = with(without(allPassing(Q2_2026), RISK_INCIDENCE),
                    amount(CORE_TARGET_ATTAINMENT, Q2_2026, "90"));

            var scorecard = evaluate(Q2_2026, values);

            assertThat(scorecard.indicator(Indicator.RISK_CONTROL).status()).isEqualTo(NO_DATA);
            assertThat(scorecard.indicator(Indicator.TARGET_ATTAINMENT).status()).isEqualTo(FAIL);
            assertThat(scorecard.status()).isEqualTo(FAIL);
        }

        @Test
        void the_failed_parts_are_named_across_indicators_in_the_charters_order() {
            var values = with(allPassing(Q2_2026),
                    amount(TRAINING_PLAN_COMPLETION, Q2_2026, "80"),
                    amount(COLLABORATION_SATISFACTION, Q2_2026, "70"),
                    amount(CORE_TARGET_ATTAINMENT, Q2_2026, "50"),
                    amount(MAJOR_COMPLAINT_RATE, Q2_2026, "3"));

            var scorecard = evaluate(Q2_2026, values);

            assertThat(scorecard.failedParts()).containsExactly(CORE_TARGET_ATTAINMENT, COLLABORATION_SATISFACTION,
                    MAJOR_COMPLAINT_RATE, TRAINING_PLAN_COMPLETION);
            assertThat(scorecard.indicator(Indicator.SATISFACTION).failedParts())
                    .containsExactly(COLLABORATION_SATISFACTION, MAJOR_COMPLAINT_RATE);
            assertThat(scorecard.vetoed()).isFalse();
        }

        @Test
        void an_unmet_key_indicator_is_a_veto() {
            var scorecard = evaluate(Q2_2026, with(allPassing(Q2_2026), amount(KEY_INDICATORS_UNMET, Q2_2026, "1")));

            assertThat(scorecard.vetoed()).isTrue();
            assertThat(scorecard.status()).isEqualTo(FAIL);
        }

        @Test
        void a_major_accident_is_a_veto() {
            var scorecard = evaluate(YEAR_2026, with(allPassing(YEAR_2026), amount(MAJOR_ACCIDENTS, YEAR_2026, "1")));

            assertThat(scorecard.vetoed()).isTrue();
            assertThat(scorecard.failedParts()).containsExactly(MAJOR_ACCIDENTS);
        }

        @Test
        void a_missing_veto_part_is_no_veto_but_no_pass_either() {
            var scorecard = evaluate(Q2_2026, without(allPassing(Q2_2026), MAJOR_ACCIDENTS));

            assertThat(scorecard.vetoed()).isFalse();
            assertThat(scorecard.status()).isEqualTo(NO_DATA);
        }

        @Test
        void a_part_result_keeps_the_value_it_was_judged_on_and_says_whether_it_was_entered_by_hand() {
            var manual = new PartValue(CUSTOMER_SATISFACTION, Q2_2026, new Measurement.Amount(new BigDecimal("92")),
                    new Provenance.Manual("survey run by an agency", Optional.empty(), "manager", NOW));
            var values = with(allPassing(Q2_2026), manual);

            var scorecard = evaluate(Q2_2026, values);

            assertThat(scorecard.part(CUSTOMER_SATISFACTION).orElseThrow().values()).containsExactly(manual);
            assertThat(scorecard.part(CUSTOMER_SATISFACTION).orElseThrow().manual()).isTrue();
            assertThat(scorecard.part(COLLABORATION_SATISFACTION).orElseThrow().manual()).isFalse();
        }
    }

    // ---------------------------------------------------------------- annual parts

    @Nested
    class AnnualParts {

        @ParameterizedTest(name = "Q{0}: year to date {1} against {2}")
        @CsvSource({
                "1, 0, 0.75, FAIL",
                "1, 1, 0.75, PASS",
                "2, 1, 1.5, FAIL",
                "2, 2, 1.5, PASS",
                "3, 2, 2.25, FAIL",
                "3, 3, 2.25, PASS",
                "4, 2, 3, FAIL",
                "4, 3, 3, PASS"})
        void in_a_quarter_an_annual_part_shows_year_to_date_progress_against_the_pro_rata_threshold(
                int quarter, int yearToDate, String proRata, Status progressStatus) {
            var period = new Period.Quarter(2026, quarter);
            var values = new ArrayList<>(without(allPassing(period), OPTIMIZATION_PROJECTS_LANDED));
            // the whole year-to-date lands in the quarter itself; earlier quarters have 0
            for (var q : period.yearToDate()) {
                values.add(amount(OPTIMIZATION_PROJECTS_LANDED, q, q.equals(period) ? Integer.toString(yearToDate) : "0"));
            }

            var scorecard = evaluate(period, values);
            var result = scorecard.part(OPTIMIZATION_PROJECTS_LANDED).orElseThrow();

            assertThat(result.counts()).isFalse();
            assertThat(result.status()).isEqualTo(progressStatus);
            assertThat(result.progress()).hasValueSatisfying(p -> {
                assertThat(p.yearToDate()).isEqualByComparingTo(Integer.toString(yearToDate));
                assertThat(p.annualThreshold()).isEqualByComparingTo("3");
                assertThat(p.proRataThreshold()).isEqualByComparingTo(proRata);
            });
            // the quarter is judged without it, whatever the progress
            assertThat(result.failed()).isFalse();
            assertThat(scorecard.indicator(Indicator.EFFICIENCY_IMPROVEMENT).status()).isEqualTo(PASS);
            assertThat(scorecard.status()).isEqualTo(PASS);
            assertThat(scorecard.failedParts()).isEmpty();
        }

        @Test
        void progress_adds_up_the_quarters_of_the_year_so_far_only() {
            var values = with(allPassing(Q2_2026),
                    amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, 1), "1"),
                    amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, 2), "1"),
                    amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, 3), "5"),
                    amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 4), "5"));

            var result = evaluate(Q2_2026, values).part(OPTIMIZATION_PROJECTS_LANDED).orElseThrow();

            assertThat(result.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("2"));
            assertThat(result.values()).extracting(PartValue::period)
                    .containsExactlyInAnyOrder(new Period.Quarter(2026, 1), new Period.Quarter(2026, 2));
        }

        @Test
        void an_annual_part_without_values_in_a_quarter_is_no_data_but_does_not_hold_the_quarter_up() {
            var scorecard = evaluate(Q2_2026, without(allPassing(Q2_2026), OPTIMIZATION_PROJECTS_LANDED));
            var result = scorecard.part(OPTIMIZATION_PROJECTS_LANDED).orElseThrow();

            assertThat(result.status()).isEqualTo(NO_DATA);
            assertThat(result.counts()).isFalse();
            assertThat(scorecard.indicator(Indicator.EFFICIENCY_IMPROVEMENT).status()).isEqualTo(PASS);
            assertThat(scorecard.status()).isEqualTo(PASS);
        }

        @Test
        void a_quarters_efficiency_indicator_still_fails_on_its_quarterly_part() {
            var values = with(allPassing(Q2_2026), amount(EFFICIENCY_IMPROVEMENT_RATE, Q2_2026, "10"));

            var scorecard = evaluate(Q2_2026, values);

            assertThat(scorecard.indicator(Indicator.EFFICIENCY_IMPROVEMENT).status()).isEqualTo(FAIL);
            assertThat(scorecard.failedParts()).containsExactly(EFFICIENCY_IMPROVEMENT_RATE);
        }

        @Test
        void on_the_year_the_annual_figure_is_the_sum_of_the_quarters_and_it_counts() {
            var quarters = List.of(
                    amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, 1), "0"),
                    amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, 2), "1"),
                    amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, 3), "0"),
                    amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, 4), "1"));
            var values = new ArrayList<>(without(allPassing(YEAR_2026), OPTIMIZATION_PROJECTS_LANDED));
            values.addAll(quarters);

            var scorecard = evaluate(YEAR_2026, values);
            var result = scorecard.part(OPTIMIZATION_PROJECTS_LANDED).orElseThrow();

            assertThat(result.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("2"));
            assertThat(result.values()).hasSameElementsAs(quarters);
            assertThat(result.counts()).isTrue();
            assertThat(result.progress()).isEmpty();
            assertThat(result.status()).isEqualTo(FAIL);
            assertThat(scorecard.indicator(Indicator.EFFICIENCY_IMPROVEMENT).status()).isEqualTo(FAIL);
            assertThat(scorecard.failedParts()).containsExactly(OPTIMIZATION_PROJECTS_LANDED);
        }

        @Test
        void on_the_year_a_short_sum_with_a_quarter_missing_is_no_data_not_a_fail() {
            var values = new ArrayList<>(without(allPassing(YEAR_2026), OPTIMIZATION_PROJECTS_LANDED));
            values.add(amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, 1), "1"));
            values.add(amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, 2), "1"));

            var result = evaluate(YEAR_2026, values).part(OPTIMIZATION_PROJECTS_LANDED).orElseThrow();

            assertThat(result.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("2"));
            assertThat(result.status()).isEqualTo(NO_DATA);
        }

        @Test
        void on_the_year_a_sum_that_already_meets_the_threshold_passes_with_quarters_missing() {
            var values = new ArrayList<>(without(allPassing(YEAR_2026), OPTIMIZATION_PROJECTS_LANDED));
            values.add(amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, 1), "2"));
            values.add(amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, 3), "1"));

            assertThat(evaluate(YEAR_2026, values).part(OPTIMIZATION_PROJECTS_LANDED).orElseThrow().status())
                    .isEqualTo(PASS);
        }

        @Test
        void on_the_year_a_missing_annual_figure_leaves_the_scorecard_without_data() {
            var scorecard = evaluate(YEAR_2026, without(allPassing(YEAR_2026), OPTIMIZATION_PROJECTS_LANDED));

            assertThat(scorecard.indicator(Indicator.EFFICIENCY_IMPROVEMENT).status()).isEqualTo(NO_DATA);
            assertThat(scorecard.status()).isEqualTo(NO_DATA);
        }

        @Test
        void a_quarterly_part_on_the_year_is_judged_on_the_years_own_value_when_it_has_one() {
            var quartersOnly = new ArrayList<>(without(allPassing(YEAR_2026), CUSTOMER_SATISFACTION));
            for (var q : YEAR_2026.quarters()) {
                quartersOnly.add(amount(CUSTOMER_SATISFACTION, q, "99"));
            }
            var fromQuarters = evaluate(YEAR_2026, quartersOnly).part(CUSTOMER_SATISFACTION).orElseThrow();
            assertThat(fromQuarters.status()).isEqualTo(PASS);
            assertThat(fromQuarters.derivation()).isEqualTo(PartResult.Derivation.QUARTERS_AVERAGED);

            var withYear = with(quartersOnly, amount(CUSTOMER_SATISFACTION, YEAR_2026, "88"));
            var own = evaluate(YEAR_2026, withYear).part(CUSTOMER_SATISFACTION).orElseThrow();
            assertThat(own.status()).isEqualTo(FAIL);
            assertThat(own.derivation()).isEqualTo(PartResult.Derivation.OWN);
        }
    }

    // ---------------------------------------------------------------- the year from its quarters

    @Nested
    class YearFromItsQuarters {

        private List<PartValue> yearWithQuarters(Part part, String... figures) {
            var values = new ArrayList<>(without(allPassing(YEAR_2026), part));
            for (int q = 0; q < figures.length; q++) {
                values.add(amount(part, YEAR_2026.quarters().get(q), figures[q]));
            }
            return values;
        }

        @Test
        void a_percentage_is_the_mean_of_the_four_quarters_compared_without_rounding() {
            // 95 + 94 + 96 + 95 = 380: the mean is exactly 95 and meets "≥ 95 %"
            var met = evaluate(YEAR_2026, yearWithQuarters(CORE_TARGET_ATTAINMENT, "95", "94", "96", "95"));
            assertThat(met.part(CORE_TARGET_ATTAINMENT).orElseThrow().figure()).contains(new BigDecimal("95"));
            assertThat(met.part(CORE_TARGET_ATTAINMENT).orElseThrow().status()).isEqualTo(PASS);

            var missed = evaluate(YEAR_2026, yearWithQuarters(CORE_TARGET_ATTAINMENT, "95", "94", "96", "94.99"));
            assertThat(missed.part(CORE_TARGET_ATTAINMENT).orElseThrow().status()).isEqualTo(FAIL);
            assertThat(missed.status()).isEqualTo(FAIL);
        }

        @Test
        void ratios_and_entered_figures_average_exactly() {
            // 2 of 3 = 66.66…%, 1 of 3 = 33.33…%: with 100 and 180 the mean is exactly 95, no rounding error fails it
            var values = new ArrayList<>(without(allPassing(YEAR_2026), CORE_TARGET_ATTAINMENT));
            var quarters = YEAR_2026.quarters();
            values.add(ratio(CORE_TARGET_ATTAINMENT, quarters.get(0), 2, 3));
            values.add(ratio(CORE_TARGET_ATTAINMENT, quarters.get(1), 1, 3));
            values.add(amount(CORE_TARGET_ATTAINMENT, quarters.get(2), "100"));
            values.add(amount(CORE_TARGET_ATTAINMENT, quarters.get(3), "180"));

            var result = evaluate(YEAR_2026, values).part(CORE_TARGET_ATTAINMENT).orElseThrow();

            assertThat(result.status()).isEqualTo(PASS);
            assertThat(result.figure().orElseThrow()).isEqualByComparingTo("95");
            assertThat(result.values()).hasSize(4);
        }

        @Test
        void a_percentage_with_a_quarter_missing_is_no_data_and_a_quarter_with_nothing_to_divide_by_too() {
            var threeQuarters = evaluate(YEAR_2026, yearWithQuarters(CUSTOMER_SATISFACTION, "99", "99", "99"));
            assertThat(threeQuarters.part(CUSTOMER_SATISFACTION).orElseThrow().status()).isEqualTo(NO_DATA);

            var values = new ArrayList<>(yearWithQuarters(CUSTOMER_SATISFACTION, "99", "99", "99"));
            values.add(ratio(CUSTOMER_SATISFACTION, YEAR_2026.quarters().get(3), 0, 0));
            assertThat(evaluate(YEAR_2026, values).part(CUSTOMER_SATISFACTION).orElseThrow().status())
                    .isEqualTo(NO_DATA);
        }

        @Test
        void a_count_is_the_sum_of_the_quarters_and_a_breach_in_any_quarter_breaks_the_year() {
            var clean = evaluate(YEAR_2026, yearWithQuarters(MAJOR_ACCIDENTS, "0", "0", "0", "0"));
            assertThat(clean.part(MAJOR_ACCIDENTS).orElseThrow().status()).isEqualTo(PASS);
            assertThat(clean.part(MAJOR_ACCIDENTS).orElseThrow().derivation())
                    .isEqualTo(PartResult.Derivation.QUARTERS_ADDED);

            var oneAccident = evaluate(YEAR_2026, yearWithQuarters(MAJOR_ACCIDENTS, "0", "1", "0"));
            assertThat(oneAccident.part(MAJOR_ACCIDENTS).orElseThrow().figure()).contains(BigDecimal.ONE);
            assertThat(oneAccident.part(MAJOR_ACCIDENTS).orElseThrow().status()).isEqualTo(FAIL);
            assertThat(oneAccident.vetoed()).isTrue();
        }
    }

    // ---------------------------------------------------------------- a period that has not ended

    @Nested
    class InProgress {

        private static final LocalDate MID_YEAR = LocalDate.of(2026, 8, 15);

        @Test
        void an_unfinished_year_is_in_progress_never_not_met() {
            var values = new ArrayList<>(without(allPassing(YEAR_2026), CORE_TARGET_ATTAINMENT));
            values.add(amount(CORE_TARGET_ATTAINMENT, YEAR_2026.quarters().get(0), "80"));
            values.add(amount(MAJOR_ACCIDENTS, YEAR_2026, "1"));

            var scorecard = ScorecardPolicy.evaluate(YEAR_2026, CHARTER, new PartValues(values), MID_YEAR);

            assertThat(scorecard.status()).isEqualTo(Status.IN_PROGRESS);
            assertThat(scorecard.failedParts()).isEmpty();
            assertThat(scorecard.indicators()).extracting(IndicatorResult::status).doesNotContain(FAIL, NO_DATA);
            assertThat(scorecard.part(CORE_TARGET_ATTAINMENT).orElseThrow().status()).isEqualTo(Status.IN_PROGRESS);
            assertThat(scorecard.part(CUSTOMER_SATISFACTION).orElseThrow().status()).isEqualTo(PASS);
        }

        @Test
        void the_same_figures_on_the_first_day_after_the_year_are_judged() {
            var values = with(allPassing(YEAR_2026), amount(MAJOR_ACCIDENTS, YEAR_2026, "1"));

            var running = ScorecardPolicy.evaluate(YEAR_2026, CHARTER, new PartValues(values), LocalDate.of(2026, 12, 31));
            var ended = ScorecardPolicy.evaluate(YEAR_2026, CHARTER, new PartValues(values), LocalDate.of(2027, 1, 1));

            assertThat(running.status()).isEqualTo(Status.IN_PROGRESS);
            assertThat(ended.status()).isEqualTo(FAIL);
            assertThat(ended).isEqualTo(evaluate(YEAR_2026, values));
        }

        @Test
        void a_running_period_that_already_passes_everything_says_so() {
            var scorecard = ScorecardPolicy.evaluate(Q2_2026, CHARTER, new PartValues(allPassing(Q2_2026)),
                    LocalDate.of(2026, 5, 1));

            assertThat(scorecard.status()).isEqualTo(PASS);
        }
    }

    // ---------------------------------------------------------------- standards

    @Nested
    class Standards {

        @Test
        void the_directors_adjustment_is_the_next_version_and_changes_the_verdict() {
            var adjusted = CHARTER.adjust(2026, thresholds(CORE_TARGET_ATTAINMENT, "92"), "market downturn",
                    "director", NOW);
            var values = with(allPassing(Q2_2026), amount(CORE_TARGET_ATTAINMENT, Q2_2026, "93"));

            var byCharter = ScorecardPolicy.evaluate(Q2_2026, CHARTER, new PartValues(values));
            var byAdjusted = ScorecardPolicy.evaluate(Q2_2026, adjusted, new PartValues(values));

            assertThat(adjusted.number()).isEqualTo(2);
            assertThat(adjusted.fromYear()).isEqualTo(2026);
            assertThat(adjusted.note()).isEqualTo("market downturn");
            assertThat(byCharter.status()).isEqualTo(FAIL);
            assertThat(byCharter.standardsVersion()).isEqualTo(1);
            assertThat(byAdjusted.status()).isEqualTo(PASS);
            assertThat(byAdjusted.standardsVersion()).isEqualTo(2);
            assertThat(byAdjusted.part(CORE_TARGET_ATTAINMENT).orElseThrow().threshold().value())
                    .isEqualByComparingTo("92");
        }

        @Test
        void a_stricter_adjustment_fails_what_the_charter_passed() {
            var adjusted = CHARTER.adjust(2026, thresholds(MAJOR_COMPLAINT_RATE, "0.3"), "tighter complaints goal",
                    "director", NOW);
            var values = with(allPassing(Q2_2026), amount(MAJOR_COMPLAINT_RATE, Q2_2026, "0.4"));

            assertThat(ScorecardPolicy.evaluate(Q2_2026, CHARTER, new PartValues(values)).status()).isEqualTo(PASS);
            var stricter = ScorecardPolicy.evaluate(Q2_2026, adjusted, new PartValues(values));
            assertThat(stricter.status()).isEqualTo(FAIL);
            assertThat(stricter.failedParts()).containsExactly(MAJOR_COMPLAINT_RATE);
        }

        @Test
        void an_adjustment_to_the_annual_threshold_moves_the_pro_rata_share_too() {
            var adjusted = CHARTER.adjust(2026, thresholds(OPTIMIZATION_PROJECTS_LANDED, "6"), "more projects",
                    "director", NOW);

            var result = ScorecardPolicy.evaluate(Q2_2026, adjusted, new PartValues(allPassing(Q2_2026)))
                    .part(OPTIMIZATION_PROJECTS_LANDED).orElseThrow();

            assertThat(result.progress()).hasValueSatisfying(p -> assertThat(p.proRataThreshold()).isEqualByComparingTo("3"));
        }

        @Test
        void an_adjustment_needs_a_reason() {
            assertRejected(() -> CHARTER.adjust(2026, thresholds(CORE_TARGET_ATTAINMENT, "92"), " ", "director", NOW),
                    "note", "validation.required");
        }

        @Test
        void an_adjustments_reason_has_a_limit() {
            assertRejected(() -> CHARTER.adjust(2026, thresholds(CORE_TARGET_ATTAINMENT, "92"),
                            "x".repeat(AppraisalStandards.MAX_NOTE + 1), "director", NOW),
                    "note", "validation.too-long");
        }

        @Test
        void an_adjustment_needs_a_threshold_for_every_part() {
            var incomplete = new EnumMap<>(thresholds(CORE_TARGET_ATTAINMENT, "92"));
            incomplete.remove(RISK_INCIDENCE);

            assertRejected(() -> CHARTER.adjust(2026, incomplete, "why", "director", NOW),
                    "RISK_INCIDENCE", "validation.required");
        }

        @Test
        void an_adjustment_refuses_a_threshold_the_part_cannot_take() {
            assertRejected(() -> CHARTER.adjust(2026, thresholds(CUSTOMER_SATISFACTION, "101"), "why", "director", NOW),
                    "CUSTOMER_SATISFACTION", "validation.value.at-most");
            assertRejected(() -> CHARTER.adjust(2026, thresholds(OPTIMIZATION_PROJECTS_LANDED, "2.5"), "why", "director", NOW),
                    "OPTIMIZATION_PROJECTS_LANDED", "validation.value.whole-number");
        }

        @Test
        void standards_are_in_force_from_a_year_within_the_supported_range() {
            for (int outside : new int[] {1989, 2101}) {
                var refusal = assertRejected(() -> AppraisalStandards.charter(outside, "director", NOW), "fromYear",
                        "validation.period.year-range");
                assertThat(refusal.arguments()).containsExactly(1990, 2100);
                assertRejected(() -> CHARTER.adjust(outside, thresholds(CORE_TARGET_ATTAINMENT, "92"), "why",
                        "director", NOW), "fromYear", "validation.period.year-range");
            }
            assertThat(AppraisalStandards.charter(1990, "director", NOW).fromYear()).isEqualTo(1990);
            assertThat(CHARTER.adjust(2100, thresholds(CORE_TARGET_ATTAINMENT, "92"), "why", "director", NOW)
                    .fromYear()).isEqualTo(2100);
        }

        @Test
        void the_version_in_force_for_a_year_is_the_latest_from_year_not_after_it_then_the_highest_number() {
            var v1 = AppraisalStandards.charter(2024, "director", NOW);
            var v2 = v1.adjust(2027, thresholds(CORE_TARGET_ATTAINMENT, "96"), "from 2027", "director", NOW);
            var v3 = v2.adjust(2026, thresholds(CORE_TARGET_ATTAINMENT, "93"), "for 2026 only", "director", NOW);
            var v4 = v3.adjust(2027, thresholds(CORE_TARGET_ATTAINMENT, "97"), "2027 revised", "director", NOW);
            // before v4, 2027 is judged by v2: its from-year is later than v3's, although v3 has the higher number
            assertThat(new StandardsHistory(List.of(v3, v1, v2)).inForceFor(2027)).contains(v2);
            assertThat(new StandardsHistory(List.of(v3, v1, v2)).inForceFor(2026)).contains(v3);
            var history = new StandardsHistory(List.of(v4, v2, v1, v3));

            assertThat(history.inForceFor(2023)).isEmpty();
            assertThat(history.inForceFor(2024)).contains(v1);
            assertThat(history.inForceFor(2025)).contains(v1);
            assertThat(history.inForceFor(2026)).contains(v3);
            assertThat(history.inForceFor(2027)).contains(v4);
            assertThat(history.inForceFor(2030)).contains(v4);
            assertThat(history.latest()).contains(v4);
            assertThat(history.versions()).extracting(AppraisalStandards::number).containsExactly(1, 2, 3, 4);
            assertThat(new StandardsHistory(List.of()).latest()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- approval

    @Nested
    class Approval {

        @Test
        void a_period_cannot_be_approved_before_it_has_ended() {
            var scorecard = evaluate(Q2_2026, allPassing(Q2_2026));

            var refusal = ruleViolation(() -> ScorecardApproval.approve(scorecard, allPassing(Q2_2026), "director",
                    NOW, LocalDate.of(2026, 6, 30), ""));

            assertThat(refusal.messageKey()).isEqualTo("rule.scorecard.period-not-ended");
            assertThat(refusal.arguments()).containsExactly("2026-Q2");
        }

        @Test
        void a_year_cannot_be_approved_on_new_years_eve() {
            var scorecard = evaluate(YEAR_2026, allPassing(YEAR_2026));

            var refusal = ruleViolation(() -> ScorecardApproval.approve(scorecard, allPassing(YEAR_2026), "director",
                    NOW, LocalDate.of(2026, 12, 31), ""));

            assertThat(refusal.messageKey()).isEqualTo("rule.scorecard.period-not-ended");
        }

        @Test
        void the_approval_keeps_the_period_the_version_the_verdict_and_the_values() {
            var values = with(allPassing(Q2_2026), amount(CUSTOMER_SATISFACTION, Q2_2026, "70"));
            var scorecard = evaluate(Q2_2026, values);

            var approval = ScorecardApproval.approve(scorecard, values, "director", NOW, LocalDate.of(2026, 7, 1),
                    "  agreed with the GM  ");

            assertThat(approval.period()).isEqualTo(Q2_2026);
            assertThat(approval.standardsVersion()).isEqualTo(1);
            assertThat(approval.status()).isEqualTo(FAIL);
            assertThat(approval.frozenValues()).hasSameElementsAs(values);
            assertThat(approval.approvedBy()).isEqualTo("director");
            assertThat(approval.approvedAt()).isEqualTo(NOW);
            assertThat(approval.comment()).isEqualTo("agreed with the GM");
            assertThat(approval.scorecard(CHARTER)).isEqualTo(scorecard);
        }

        @Test
        void a_quarter_with_parts_without_data_cannot_be_approved_and_the_refusal_names_them() {
            var values = without(without(allPassing(Q2_2026), CUSTOMER_SATISFACTION), MAJOR_ACCIDENTS);
            var scorecard = evaluate(Q2_2026, values);

            assertThat(ScorecardApproval.approvability(scorecard, LocalDate.of(2026, 7, 1))).isEqualTo(
                    new ScorecardApproval.Approvability.PartsWithoutData(Q2_2026,
                            List.of(CUSTOMER_SATISFACTION, MAJOR_ACCIDENTS)));
            var refusal = ruleViolation(() -> ScorecardApproval.approve(scorecard, values, "director", NOW,
                    LocalDate.of(2026, 7, 1), ""));
            assertThat(refusal.messageKey()).isEqualTo("rule.scorecard.parts-without-data");
            assertThat(refusal.arguments()).containsExactly("2026-Q2", "CUSTOMER_SATISFACTION, MAJOR_ACCIDENTS");
        }

        @Test
        void an_annual_part_shown_as_progress_in_a_quarter_does_not_hold_its_approval_back() {
            var values = without(allPassing(Q2_2026), OPTIMIZATION_PROJECTS_LANDED);
            var scorecard = evaluate(Q2_2026, values);

            assertThat(scorecard.partsWithoutData()).isEmpty();
            assertThat(ScorecardApproval.approvability(scorecard, LocalDate.of(2026, 7, 1)))
                    .isEqualTo(new ScorecardApproval.Approvability.Approvable());
        }

        @Test
        void an_approval_comment_has_a_limit() {
            var scorecard = evaluate(Q2_2026, allPassing(Q2_2026));

            assertRejected(() -> ScorecardApproval.approve(scorecard, allPassing(Q2_2026), "director", NOW,
                    LocalDate.of(2026, 7, 1), "x".repeat(ScorecardApproval.MAX_COMMENT + 1)), "comment", "validation.too-long");
        }

        @Test
        void an_approved_quarter_freezes_its_own_figures_only() {
            var approval = approved(Q2_2026);

            assertThat(approval.freezes(CUSTOMER_SATISFACTION, Q2_2026)).isTrue();
            assertThat(approval.freezes(OPTIMIZATION_PROJECTS_LANDED, Q2_2026)).isTrue();
            assertThat(approval.freezes(CUSTOMER_SATISFACTION, new Period.Quarter(2026, 3))).isFalse();
            assertThat(approval.freezes(CUSTOMER_SATISFACTION, new Period.Quarter(2025, 2))).isFalse();
            assertThat(approval.freezes(CUSTOMER_SATISFACTION, YEAR_2026)).isFalse();
        }

        @Test
        void an_approved_year_freezes_its_own_figures_and_its_quarters_annual_figures_only() {
            var approval = approved(YEAR_2026);

            assertThat(approval.freezes(CUSTOMER_SATISFACTION, YEAR_2026)).isTrue();
            for (var quarter : YEAR_2026.quarters()) {
                assertThat(approval.freezes(OPTIMIZATION_PROJECTS_LANDED, quarter)).as("%s", quarter).isTrue();
                assertThat(approval.freezes(CUSTOMER_SATISFACTION, quarter)).as("%s", quarter).isFalse();
            }
            assertThat(approval.freezes(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2027, 1))).isFalse();
            assertThat(approval.freezes(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 4))).isFalse();
            assertThat(approval.freezes(CUSTOMER_SATISFACTION, new Period.Year(2025))).isFalse();
        }

        @Test
        void an_approved_year_judged_on_its_quarters_freezes_those_quarters() {
            var values = new ArrayList<>(without(allPassing(YEAR_2026), CUSTOMER_SATISFACTION));
            YEAR_2026.quarters().forEach(q -> values.add(amount(CUSTOMER_SATISFACTION, q, "92")));
            var scorecard = evaluate(YEAR_2026, values);
            var approval = ScorecardApproval.approve(scorecard, values, "director", NOW, LocalDate.of(2027, 1, 5), "");

            for (var quarter : YEAR_2026.quarters()) {
                assertThat(approval.freezes(CUSTOMER_SATISFACTION, quarter)).as("%s", quarter).isTrue();
                assertThat(approval.freezes(COLLABORATION_SATISFACTION, quarter)).as("%s", quarter).isFalse();
            }
            assertThat(approval.scorecard(CHARTER)).isEqualTo(scorecard);
        }

        private ScorecardApproval approved(Period period) {
            var values = allPassing(period);
            return ScorecardApproval.approve(evaluate(period, values), values, "director", NOW,
                    period.endExclusive(), "");
        }
    }

    // ---------------------------------------------------------------- manual entries

    @Nested
    class ManualEntries {

        private static final LocalDate TODAY = LocalDate.of(2026, 7, 2);

        @Test
        void a_figure_entered_with_a_reason_is_shown_as_manual() {
            var attachment = UUID.randomUUID();

            var entry = ManualEntry.enter(CUSTOMER_SATISFACTION, Q2_2026, amountOf("91.5"), "  agency survey  ",
                    Optional.of(attachment), "manager", NOW, TODAY, 0);

            assertThat(entry.toValue().isManual()).isTrue();
            assertThat(entry.provenance().reason()).isEqualTo("agency survey");
            assertThat(entry.provenance().attachment()).contains(attachment);
            assertThat(entry.provenance().enteredBy()).isEqualTo("manager");
            assertThat(entry.snapshot()).containsEntry("value", "91.5").containsEntry("period", "2026-Q2")
                    .containsEntry("reason", "agency survey").containsEntry("attachment", attachment.toString());
            assertThat(evaluate(Q2_2026, with(allPassing(Q2_2026), entry.toValue()))
                    .part(CUSTOMER_SATISFACTION).orElseThrow().manual()).isTrue();
        }

        @Test
        void a_figure_for_the_current_period_may_be_entered_but_not_for_one_that_has_not_begun() {
            var q3 = new Period.Quarter(2026, 3);

            assertThatCode(() -> enter(CUSTOMER_SATISFACTION, q3, amountOf("91"), LocalDate.of(2026, 7, 1)))
                    .doesNotThrowAnyException();
            assertRejected(() -> enter(CUSTOMER_SATISFACTION, q3, amountOf("91"), LocalDate.of(2026, 6, 30)),
                    "period", "validation.period.future");
            assertRejected(() -> enter(CUSTOMER_SATISFACTION, new Period.Year(2027), amountOf("91"), TODAY),
                    "period", "validation.period.future");
        }

        @Test
        void a_count_is_a_whole_number_not_below_zero() {
            assertRejected(() -> enter(KEY_INDICATORS_UNMET, Q2_2026, amountOf("-1"), TODAY),
                    "value", "validation.value.at-least");
            assertRejected(() -> enter(MAJOR_ACCIDENTS, Q2_2026, amountOf("0.5"), TODAY),
                    "value", "validation.value.whole-number");
            assertRejected(() -> enter(OPTIMIZATION_PROJECTS_LANDED, Q2_2026, amountOf("1.5"), TODAY),
                    "value", "validation.value.whole-number");
            assertThatCode(() -> enter(OPTIMIZATION_PROJECTS_LANDED, Q2_2026, amountOf("2.00"), TODAY))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_satisfaction_or_a_rate_of_people_cannot_exceed_100_percent() {
            assertRejected(() -> enter(CUSTOMER_SATISFACTION, Q2_2026, amountOf("100.01"), TODAY),
                    "value", "validation.value.at-most");
            assertRejected(() -> enter(COLLABORATION_SATISFACTION, Q2_2026, amountOf("101"), TODAY),
                    "value", "validation.value.at-most");
            assertRejected(() -> enter(CORE_STAFF_RETENTION, Q2_2026, amountOf("120"), TODAY),
                    "value", "validation.value.at-most");
            assertRejected(() -> enter(CUSTOMER_SATISFACTION, Q2_2026, amountOf("-1"), TODAY),
                    "value", "validation.value.at-least");
            assertThatCode(() -> enter(CUSTOMER_SATISFACTION, Q2_2026, amountOf("100"), TODAY))
                    .doesNotThrowAnyException();
        }

        @Test
        void an_improvement_rate_may_be_negative_or_over_100_percent() {
            assertThatCode(() -> enter(EFFICIENCY_IMPROVEMENT_RATE, Q2_2026, amountOf("-12.5"), TODAY))
                    .doesNotThrowAnyException();
            assertThatCode(() -> enter(EFFICIENCY_IMPROVEMENT_RATE, Q2_2026, amountOf("250"), TODAY))
                    .doesNotThrowAnyException();
        }

        @Test
        void attainment_and_training_completion_may_exceed_100_percent() {
            assertThatCode(() -> enter(CORE_TARGET_ATTAINMENT, Q2_2026, amountOf("118.4"), TODAY))
                    .doesNotThrowAnyException();
            assertThatCode(() -> enter(TRAINING_PLAN_COMPLETION, Q2_2026, amountOf("120"), TODAY))
                    .doesNotThrowAnyException();
            assertRejected(() -> enter(CORE_TARGET_ATTAINMENT, Q2_2026, amountOf("-1"), TODAY),
                    "value", "validation.value.at-least");
        }

        @Test
        void a_figure_has_at_most_four_decimals() {
            assertRejected(() -> enter(CUSTOMER_SATISFACTION, Q2_2026, amountOf("90.00001"), TODAY),
                    "value", "validation.value.precision");
            assertThatCode(() -> enter(CUSTOMER_SATISFACTION, Q2_2026, amountOf("90.0001"), TODAY))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_manual_figure_needs_a_reason() {
            assertRejected(() -> ManualEntry.enter(CUSTOMER_SATISFACTION, Q2_2026, amountOf("91"), "   ",
                    Optional.empty(), "manager", NOW, TODAY, 0), "reason", "validation.required");
            assertRejected(() -> ManualEntry.enter(CUSTOMER_SATISFACTION, Q2_2026, amountOf("91"), null,
                    Optional.empty(), "manager", NOW, TODAY, 0), "reason", "validation.required");
        }

        @Test
        void an_annual_part_is_entered_per_quarter_not_for_the_year() {
            assertRejected(() -> enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Year(2025), amountOf("3"), TODAY),
                    "period", "validation.value.annual-part-per-quarter");
            assertThatCode(() -> enter(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2025, 4), amountOf("3"), TODAY))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_ratio_is_for_percentages_only() {
            assertRejected(() -> enter(MAJOR_ACCIDENTS, Q2_2026, Measurement.Ratio.of(1, 2), TODAY),
                    "value", "validation.value.ratio-for-percent-only");
            assertRejected(() -> enter(OPTIMIZATION_PROJECTS_LANDED, Q2_2026, Measurement.Ratio.of(3, 4), TODAY),
                    "value", "validation.value.ratio-for-percent-only");
            assertThatCode(() -> enter(CORE_STAFF_RETENTION, Q2_2026, Measurement.Ratio.of(17, 20), TODAY))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_ratio_whose_numerator_exceeds_its_denominator_is_refused_where_100_percent_is_the_most() {
            assertRejected(() -> enter(CORE_STAFF_RETENTION, Q2_2026, Measurement.Ratio.of(21, 20), TODAY),
                    "value", "validation.value.at-most");
            assertThatCode(() -> enter(TRAINING_PLAN_COMPLETION, Q2_2026, Measurement.Ratio.of(24, 20), TODAY))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_ratio_has_no_negative_terms() {
            assertRejected(() -> new Measurement.Ratio(new BigDecimal("-1"), BigDecimal.TEN),
                    "numerator", "validation.value.at-least");
            assertRejected(() -> new Measurement.Ratio(BigDecimal.ONE, new BigDecimal("-10")),
                    "denominator", "validation.value.at-least");
        }

        @Test
        void a_ratio_with_nothing_to_divide_by_may_be_entered_and_is_no_data() {
            var entry = enter(CUSTOMER_SATISFACTION, Q2_2026, Measurement.Ratio.of(0, 0), TODAY);

            var scorecard = evaluate(Q2_2026, with(allPassing(Q2_2026), entry.toValue()));

            assertThat(scorecard.part(CUSTOMER_SATISFACTION).orElseThrow().status()).isEqualTo(NO_DATA);
            assertThat(scorecard.status()).isEqualTo(NO_DATA);
        }

        private static ManualEntry enter(Part part, Period period, Measurement measurement, LocalDate today) {
            return ManualEntry.enter(part, period, measurement, "entered from the BI report", Optional.empty(),
                    "manager", NOW, today, 0);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Scorecard evaluate(Period period, List<PartValue> values) {
        return ScorecardPolicy.evaluate(period, CHARTER, new PartValues(values));
    }

    /** Every part exactly at its charter threshold (the annual part: one project each quarter so far). */
    static List<PartValue> allPassing(Period period) {
        var values = new ArrayList<PartValue>();
        for (var part : Part.values()) {
            if (part.basis() == Basis.QUARTER) {
                values.add(amount(part, period, part.charterThreshold().toPlainString()));
            } else {
                var quarters = switch (period) {
                    case Period.Year year -> year.quarters();
                    case Period.Quarter quarter -> quarter.yearToDate();
                };
                quarters.forEach(q -> values.add(amount(part, q, "1")));
            }
        }
        return List.copyOf(values);
    }

    /** The values with these replacing any of the same part and period. */
    static List<PartValue> with(List<PartValue> values, PartValue... replacements) {
        var result = new ArrayList<>(values);
        for (var replacement : replacements) {
            result.removeIf(v -> v.part() == replacement.part() && v.period().equals(replacement.period()));
            result.add(replacement);
        }
        return List.copyOf(result);
    }

    static List<PartValue> without(List<PartValue> values, Part part) {
        return values.stream().filter(v -> v.part() != part).toList();
    }

    /** One step on the wrong side of the part's threshold. */
    static String justFailing(Part part) {
        var step = part.unit() == Unit.COUNT ? BigDecimal.ONE : new BigDecimal("0.01");
        var threshold = part.charterThreshold();
        return (part.direction() == Direction.AT_LEAST ? threshold.subtract(step) : threshold.add(step)).toPlainString();
    }

    static PartValue amount(Part part, Period period, String value) {
        return new PartValue(part, period, amountOf(value), new Provenance.FromRecords("test", List.of()));
    }

    static PartValue ratio(Part part, Period period, long numerator, long denominator) {
        return new PartValue(part, period, Measurement.Ratio.of(numerator, denominator),
                new Provenance.FromRecords("test", List.of()));
    }

    static Measurement amountOf(String value) {
        return new Measurement.Amount(new BigDecimal(value));
    }

    private static Map<Part, BigDecimal> thresholds(Part changed, String value) {
        var thresholds = new EnumMap<Part, BigDecimal>(Part.class);
        for (var part : Part.values()) {
            thresholds.put(part, part.charterThreshold());
        }
        thresholds.put(changed, new BigDecimal(value));
        return thresholds;
    }

    private static RuleViolation ruleViolation(ThrowingCallable action) {
        var refusal = catchThrowableOfType(RuleViolation.class, action);
        assertThat(refusal).as("expected a RuleViolation").isNotNull();
        return refusal;
    }
}
