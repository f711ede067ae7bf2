package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static dev.opscharter.domain.appraisal.Part.COLLABORATION_SATISFACTION;
import static dev.opscharter.domain.appraisal.Part.CORE_STAFF_RETENTION;
import static dev.opscharter.domain.appraisal.Part.CORE_TARGET_ATTAINMENT;
import static dev.opscharter.domain.appraisal.Part.CUSTOMER_SATISFACTION;
import static dev.opscharter.domain.appraisal.Part.EFFICIENCY_IMPROVEMENT_RATE;
import static dev.opscharter.domain.appraisal.Part.INCIDENT_HANDLING_TIMELINESS;
import static dev.opscharter.domain.appraisal.Part.KEY_INDICATORS_UNMET;
import static dev.opscharter.domain.appraisal.Part.MAJOR_ACCIDENTS;
import static dev.opscharter.domain.appraisal.Part.MAJOR_COMPLAINT_RATE;
import static dev.opscharter.domain.appraisal.Part.OPTIMIZATION_PROJECTS_LANDED;
import static dev.opscharter.domain.appraisal.Part.RISK_INCIDENCE;
import static dev.opscharter.domain.appraisal.Part.TEAM_APPRAISAL_PASS_RATE;
import static dev.opscharter.domain.appraisal.Part.TRAINING_PLAN_COMPLETION;
import static dev.opscharter.domain.appraisal.Status.FAIL;
import static dev.opscharter.domain.appraisal.Status.NO_DATA;
import static dev.opscharter.domain.appraisal.Status.PASS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charter's appraisal table (SPEC §2), part by part, with the values on both sides of every
 * threshold. Thresholds are inclusive as written: "≥ 95 %" is met by 95.00, "≤ 0.5 %" by 0.50.
 */
class AppraisalTableTest {

    private static final Instant RECORDED = Instant.parse("2026-01-05T01:00:00Z");
    private static final AppraisalStandards CHARTER = AppraisalStandards.charter(2000, "director", RECORDED);
    private static final Period.Quarter Q2_2026 = new Period.Quarter(2026, 2);
    private static final Period.Year YEAR_2026 = new Period.Year(2026);

    /** Every part judged per quarter (and on the year), its value and the verdict the charter gives. */
    private static final List<Row> QUARTERLY_TABLE = List.of(
            // Operating target attainment: core targets ≥ 95 %, no key indicator unmet
            row(CORE_TARGET_ATTAINMENT, "95.00", PASS),
            row(CORE_TARGET_ATTAINMENT, "94.99", FAIL),
            row(CORE_TARGET_ATTAINMENT, "94.9999", FAIL),
            row(CORE_TARGET_ATTAINMENT, "130", PASS),
            row(KEY_INDICATORS_UNMET, "0", PASS),
            row(KEY_INDICATORS_UNMET, "1", FAIL),
            // Efficiency improvement: ≥ 15 % (≥ 3 projects per year: see the annual table)
            row(EFFICIENCY_IMPROVEMENT_RATE, "15", PASS),
            row(EFFICIENCY_IMPROVEMENT_RATE, "14.99", FAIL),
            row(EFFICIENCY_IMPROVEMENT_RATE, "-3", FAIL),
            row(EFFICIENCY_IMPROVEMENT_RATE, "140", PASS),
            // Customer and business satisfaction
            row(CUSTOMER_SATISFACTION, "90", PASS),
            row(CUSTOMER_SATISFACTION, "89.99", FAIL),
            row(COLLABORATION_SATISFACTION, "85", PASS),
            row(COLLABORATION_SATISFACTION, "84.99", FAIL),
            row(COLLABORATION_SATISFACTION, "100", PASS),
            row(MAJOR_COMPLAINT_RATE, "0.50", PASS),
            row(MAJOR_COMPLAINT_RATE, "0.51", FAIL),
            row(MAJOR_COMPLAINT_RATE, "0", PASS),
            // Team management
            row(TEAM_APPRAISAL_PASS_RATE, "90", PASS),
            row(TEAM_APPRAISAL_PASS_RATE, "89.99", FAIL),
            row(CORE_STAFF_RETENTION, "85", PASS),
            row(CORE_STAFF_RETENTION, "84.99", FAIL),
            row(TRAINING_PLAN_COMPLETION, "100", PASS),
            row(TRAINING_PLAN_COMPLETION, "99.99", FAIL),
            row(TRAINING_PLAN_COMPLETION, "120", PASS),
            // Risk control: lower is better for incidence and accidents
            row(RISK_INCIDENCE, "2.00", PASS),
            row(RISK_INCIDENCE, "2.01", FAIL),
            row(RISK_INCIDENCE, "0", PASS),
            row(INCIDENT_HANDLING_TIMELINESS, "100", PASS),
            row(INCIDENT_HANDLING_TIMELINESS, "99.99", FAIL),
            row(MAJOR_ACCIDENTS, "0", PASS),
            row(MAJOR_ACCIDENTS, "1", FAIL));

    static Stream<Arguments> quarterlyTable() {
        return QUARTERLY_TABLE.stream().map(r -> Arguments.of(r.part(), r.value(), r.expected()));
    }

    @ParameterizedTest(name = "{0} = {1} → {2} in a quarter")
    @MethodSource("quarterlyTable")
    void a_quarterly_part_is_judged_on_the_quarter_as_the_charter_writes_it(Part part, String value, Status expected) {
        var result = partResult(part, Q2_2026, List.of(amount(part, Q2_2026, value)));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.counts()).isTrue();
        assertThat(result.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(value));
        assertThat(result.threshold().value()).isEqualByComparingTo(part.charterThreshold());
    }

    @ParameterizedTest(name = "{0} = {1} → {2} on the year")
    @MethodSource("quarterlyTable")
    void a_quarterly_part_is_judged_the_same_way_on_the_year(Part part, String value, Status expected) {
        var result = partResult(part, YEAR_2026, List.of(amount(part, YEAR_2026, value)));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.counts()).isTrue();
    }

    @Test
    void the_table_covers_every_quarterly_part_on_both_sides_of_its_threshold() {
        for (var part : Part.values()) {
            if (part.basis() != Basis.QUARTER) {
                continue;
            }
            assertThat(QUARTERLY_TABLE).as("%s passes somewhere", part)
                    .anyMatch(r -> r.part() == part && r.expected() == PASS);
            assertThat(QUARTERLY_TABLE).as("%s fails somewhere", part)
                    .anyMatch(r -> r.part() == part && r.expected() == FAIL);
        }
    }

    @Test
    void the_charter_thresholds_are_the_figures_of_the_table() {
        assertThat(thresholdOf(CORE_TARGET_ATTAINMENT)).isEqualTo(new Threshold(Direction.AT_LEAST, new BigDecimal("95")));
        assertThat(thresholdOf(KEY_INDICATORS_UNMET)).isEqualTo(new Threshold(Direction.AT_MOST, new BigDecimal("0")));
        assertThat(thresholdOf(EFFICIENCY_IMPROVEMENT_RATE)).isEqualTo(new Threshold(Direction.AT_LEAST, new BigDecimal("15")));
        assertThat(thresholdOf(OPTIMIZATION_PROJECTS_LANDED)).isEqualTo(new Threshold(Direction.AT_LEAST, new BigDecimal("3")));
        assertThat(thresholdOf(CUSTOMER_SATISFACTION)).isEqualTo(new Threshold(Direction.AT_LEAST, new BigDecimal("90")));
        assertThat(thresholdOf(COLLABORATION_SATISFACTION)).isEqualTo(new Threshold(Direction.AT_LEAST, new BigDecimal("85")));
        assertThat(thresholdOf(MAJOR_COMPLAINT_RATE)).isEqualTo(new Threshold(Direction.AT_MOST, new BigDecimal("0.5")));
        assertThat(thresholdOf(TEAM_APPRAISAL_PASS_RATE)).isEqualTo(new Threshold(Direction.AT_LEAST, new BigDecimal("90")));
        assertThat(thresholdOf(CORE_STAFF_RETENTION)).isEqualTo(new Threshold(Direction.AT_LEAST, new BigDecimal("85")));
        assertThat(thresholdOf(TRAINING_PLAN_COMPLETION)).isEqualTo(new Threshold(Direction.AT_LEAST, new BigDecimal("100")));
        assertThat(thresholdOf(RISK_INCIDENCE)).isEqualTo(new Threshold(Direction.AT_MOST, new BigDecimal("2")));
        assertThat(thresholdOf(INCIDENT_HANDLING_TIMELINESS)).isEqualTo(new Threshold(Direction.AT_LEAST, new BigDecimal("100")));
        assertThat(thresholdOf(MAJOR_ACCIDENTS)).isEqualTo(new Threshold(Direction.AT_MOST, new BigDecimal("0")));
    }

    @Test
    void the_parts_belong_to_the_indicators_of_the_table_in_its_order() {
        assertThat(Indicator.TARGET_ATTAINMENT.parts()).containsExactly(CORE_TARGET_ATTAINMENT, KEY_INDICATORS_UNMET);
        assertThat(Indicator.EFFICIENCY_IMPROVEMENT.parts())
                .containsExactly(EFFICIENCY_IMPROVEMENT_RATE, OPTIMIZATION_PROJECTS_LANDED);
        assertThat(Indicator.SATISFACTION.parts())
                .containsExactly(CUSTOMER_SATISFACTION, COLLABORATION_SATISFACTION, MAJOR_COMPLAINT_RATE);
        assertThat(Indicator.TEAM_MANAGEMENT.parts())
                .containsExactly(TEAM_APPRAISAL_PASS_RATE, CORE_STAFF_RETENTION, TRAINING_PLAN_COMPLETION);
        assertThat(Indicator.RISK_CONTROL.parts())
                .containsExactly(RISK_INCIDENCE, INCIDENT_HANDLING_TIMELINESS, MAJOR_ACCIDENTS);
        assertThat(Arrays.stream(Part.values()).filter(Part::veto)).containsExactlyInAnyOrder(KEY_INDICATORS_UNMET, MAJOR_ACCIDENTS);
        assertThat(Arrays.stream(Part.values()).filter(p -> p.basis() == Basis.YEAR)).containsExactly(OPTIMIZATION_PROJECTS_LANDED);
    }

    /** Projects landed are counted per quarter and judged on the year: ≥ 3 per year. Blank = no value for that quarter. */
    @ParameterizedTest(name = "projects per quarter {0},{1},{2},{3} → year {4}")
    @CsvSource(nullValues = "-", value = {
            "1, 1, 1, 0, PASS",
            "0, 0, 0, 3, PASS",
            "3, -, -, -, PASS",
            "2, 2, 2, 2, PASS",
            "1, 0, 1, 0, FAIL",
            "0, 0, 0, 2, FAIL",
            "0, 0, 0, 0, FAIL",
            "-, -, -, -, NO_DATA"})
    void optimization_projects_are_judged_on_the_sum_of_the_quarters_of_the_year(String q1, String q2, String q3,
                                                                                String q4, Status expected) {
        var perQuarter = Arrays.asList(q1, q2, q3, q4);
        var values = new ArrayList<PartValue>();
        for (int q = 1; q <= 4; q++) {
            if (perQuarter.get(q - 1) != null) {
                values.add(amount(OPTIMIZATION_PROJECTS_LANDED, new Period.Quarter(2026, q), perQuarter.get(q - 1)));
            }
        }

        var result = partResult(OPTIMIZATION_PROJECTS_LANDED, YEAR_2026, values);

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.counts()).isTrue();
        assertThat(result.values()).hasSameElementsAs(values);
        var sum = perQuarter.stream().filter(v -> v != null).map(BigDecimal::new).reduce(BigDecimal::add);
        assertThat(result.figure().map(BigDecimal::stripTrailingZeros)).isEqualTo(sum.map(BigDecimal::stripTrailingZeros));
    }

    /** Ratios are kept as counts and compared exactly; nothing to divide by is "no data", never a pass. */
    @ParameterizedTest(name = "{0} = {1}/{2} → {3}")
    @CsvSource({
            "CORE_TARGET_ATTAINMENT, 19, 20, PASS",
            "CORE_TARGET_ATTAINMENT, 18999, 20000, FAIL",
            "CORE_TARGET_ATTAINMENT, 19000, 20000, PASS",
            "CORE_TARGET_ATTAINMENT, 0, 0, NO_DATA",
            "CORE_TARGET_ATTAINMENT, 25, 20, PASS",
            "COLLABORATION_SATISFACTION, 17, 20, PASS",
            "COLLABORATION_SATISFACTION, 16999, 20000, FAIL",
            "COLLABORATION_SATISFACTION, 0, 0, NO_DATA",
            "CORE_STAFF_RETENTION, 17, 20, PASS",
            "CORE_STAFF_RETENTION, 16, 20, FAIL",
            "MAJOR_COMPLAINT_RATE, 1, 200, PASS",
            "MAJOR_COMPLAINT_RATE, 1, 199, FAIL",
            "MAJOR_COMPLAINT_RATE, 0, 5, PASS",
            "MAJOR_COMPLAINT_RATE, 0, 0, NO_DATA",
            "RISK_INCIDENCE, 1, 50, PASS",
            "RISK_INCIDENCE, 2, 99, FAIL",
            "RISK_INCIDENCE, 0, 0, NO_DATA",
            "INCIDENT_HANDLING_TIMELINESS, 12, 12, PASS",
            "INCIDENT_HANDLING_TIMELINESS, 11, 12, FAIL",
            "INCIDENT_HANDLING_TIMELINESS, 0, 0, NO_DATA"})
    void a_ratio_is_judged_exactly_and_a_zero_denominator_is_no_data(Part part, long numerator, long denominator,
                                                                     Status expected) {
        var ratio = Measurement.Ratio.of(numerator, denominator);

        var result = partResult(part, Q2_2026, List.of(value(part, Q2_2026, ratio)));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.figure().isPresent()).isEqualTo(denominator != 0);
    }

    @Test
    void a_ratio_shows_its_figure_as_a_percentage() {
        assertThat(Measurement.Ratio.of(19, 20).figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("95"));
        assertThat(Measurement.Ratio.of(1, 200).figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.5"));
        assertThat(Measurement.Ratio.of(18999, 20000).figure())
                .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("94.995"));
        assertThat(Measurement.Ratio.of(3, 0).figure()).isEmpty();
    }

    @Test
    void a_part_without_any_value_is_no_data_in_a_quarter_and_on_the_year() {
        for (var part : Part.values()) {
            assertThat(partResult(part, Q2_2026, List.of()).status()).as("%s in a quarter", part).isEqualTo(NO_DATA);
            assertThat(partResult(part, YEAR_2026, List.of()).status()).as("%s on the year", part).isEqualTo(NO_DATA);
        }
    }

    @Test
    void a_value_of_another_period_is_not_used() {
        var lastQuarter = amount(CUSTOMER_SATISFACTION, Q2_2026.previous(), "95");

        assertThat(partResult(CUSTOMER_SATISFACTION, Q2_2026, List.of(lastQuarter)).status()).isEqualTo(NO_DATA);
    }

    private static PartResult partResult(Part part, Period period, List<PartValue> values) {
        return ScorecardPolicy.evaluate(period, CHARTER, new PartValues(values)).part(part).orElseThrow();
    }

    private static Threshold thresholdOf(Part part) {
        return CHARTER.threshold(part);
    }

    private static PartValue amount(Part part, Period period, String value) {
        return value(part, period, new Measurement.Amount(new BigDecimal(value)));
    }

    private static PartValue value(Part part, Period period, Measurement measurement) {
        return new PartValue(part, period, measurement, new Provenance.FromRecords("test", List.of()));
    }

    private static Row row(Part part, String value, Status expected) {
        return new Row(part, value, expected);
    }

    private record Row(Part part, String value, Status expected) {
    }
}
