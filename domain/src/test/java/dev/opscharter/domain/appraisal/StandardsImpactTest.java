package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.opscharter.domain.appraisal.Part.CUSTOMER_SATISFACTION;
import static dev.opscharter.domain.appraisal.Status.FAIL;
import static dev.opscharter.domain.appraisal.Status.PASS;
import static org.assertj.core.api.Assertions.assertThat;

/** Standards from a quarter on, and what a new version would re-judge before it is saved. */
class StandardsImpactTest {

    private static final Instant NOW = Instant.parse("2026-11-14T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 14);
    private static final AppraisalStandards CHARTER = AppraisalStandards.charter(2020, "director", NOW);
    private static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    private static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    private static final Period.Quarter Q3 = new Period.Quarter(2026, 3);
    private static final Period.Quarter Q4 = new Period.Quarter(2026, 4);

    private final PartValues satisfaction = new PartValues(List.of(value(Q1, "92"), value(Q2, "92"), value(Q3, "93"),
            value(Q4, "96")));

    @Test
    void a_version_is_in_force_from_the_first_day_of_its_quarter() {
        var fromQ3 = CHARTER.adjust(Q3, thresholds("95"), "raise the bar", "director", NOW);
        var history = new StandardsHistory(List.of(CHARTER, fromQ3));

        assertThat(fromQ3.effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(fromQ3.fromYear()).isEqualTo(2026);
        assertThat(history.inForceFor(Q2)).contains(CHARTER);
        assertThat(history.inForceFor(Q3)).contains(fromQ3);
        assertThat(history.inForceFor(Q4)).contains(fromQ3);
        // a year is judged by the version in force on its first day
        assertThat(history.inForceFor(new Period.Year(2026))).contains(CHARTER);
        assertThat(history.inForceFor(new Period.Year(2027))).contains(fromQ3);
        assertThat(history.history().inForceIn(Q3)).contains(fromQ3);
    }

    @Test
    void a_version_from_a_year_is_in_force_from_its_first_quarter() {
        var fromYear = CHARTER.adjust(2027, thresholds("95"), "next year", "director", NOW);

        assertThat(fromYear.from()).isEqualTo(new Period.Quarter(2027, 1));
        assertThat(new StandardsHistory(List.of(CHARTER, fromYear)).inForceFor(2027)).contains(fromYear);
    }

    @Test
    void the_preview_lists_exactly_the_unapproved_quarters_from_the_effective_one_whose_verdict_changes() {
        var candidate = CHARTER.candidate(Q2, thresholds("95"), "director", NOW);

        var impact = StandardsImpact.of(new StandardsHistory(List.of(CHARTER)), candidate, Set.of(Q2), satisfaction,
                TODAY);

        // Q1 is before the effective quarter; Q2 is approved; Q4's 96 passes either way
        assertThat(impact.rejudgedPeriods()).containsExactly(Q3);
        var q3 = impact.rejudged().getFirst();
        assertThat(q3.currentVersion()).isEqualTo(1);
        assertThat(q3.parts()).containsExactly(new StandardsImpact.PartChange(CUSTOMER_SATISFACTION,
                Optional.of(new BigDecimal("93")), CHARTER.threshold(CUSTOMER_SATISFACTION),
                candidate.threshold(CUSTOMER_SATISFACTION), PASS, FAIL));
        assertThat(impact.approvedKept()).containsExactly(Q2);
        assertThat(impact.changesVerdicts()).isTrue();
    }

    @Test
    void from_the_current_quarter_only_the_current_quarter_can_change_and_a_running_one_is_in_progress() {
        var candidate = CHARTER.candidate(Q4, thresholds("97"), "director", NOW);

        var impact = StandardsImpact.of(new StandardsHistory(List.of(CHARTER)), candidate, Set.of(), satisfaction,
                TODAY);

        assertThat(impact.rejudgedPeriods()).containsExactly(Q4);
        assertThat(impact.rejudged().getFirst().parts().getFirst().becomes()).isEqualTo(Status.IN_PROGRESS);
        assertThat(impact.approvedKept()).isEmpty();
    }

    @Test
    void a_quarter_a_later_version_judges_stays_with_it() {
        var fromQ4 = CHARTER.adjust(Q4, thresholds("90"), "restated", "director", NOW);
        var candidate = fromQ4.candidate(Q3, thresholds("97"), "director", NOW);

        var impact = StandardsImpact.of(new StandardsHistory(List.of(CHARTER, fromQ4)), candidate, Set.of(),
                satisfaction, TODAY);

        assertThat(impact.rejudgedPeriods()).containsExactly(Q3);
    }

    @Test
    void a_future_quarter_or_unchanged_verdicts_re_judge_nothing() {
        var history = new StandardsHistory(List.of(CHARTER));

        assertThat(StandardsImpact.of(history, CHARTER.candidate(new Period.Quarter(2027, 1), thresholds("99"),
                "director", NOW), Set.of(), satisfaction, TODAY).changesVerdicts()).isFalse();
        assertThat(StandardsImpact.of(history, CHARTER.candidate(Q1, thresholds("91"), "director", NOW), Set.of(),
                satisfaction, TODAY).changesVerdicts()).isFalse();
    }

    @Test
    void the_periods_from_a_first_quarter_include_its_year() {
        assertThat(StandardsImpact.periodsFrom(Q1, TODAY)).containsExactly(new Period.Year(2026), Q1, Q2, Q3, Q4);
        assertThat(StandardsImpact.periodsFrom(Q3, TODAY)).containsExactly(Q3, Q4);
        assertThat(StandardsImpact.periodsFrom(new Period.Quarter(2027, 1), TODAY)).isEmpty();
    }

    private static PartValue value(Period.Quarter quarter, String figure) {
        return new PartValue(CUSTOMER_SATISFACTION, quarter, new Measurement.Amount(new BigDecimal(figure)),
                new Provenance.FromRecords("test", List.of()));
    }

    private static Map<Part, BigDecimal> thresholds(String satisfaction) {
        var thresholds = new EnumMap<Part, BigDecimal>(Part.class);
        for (var part : Part.values()) {
            thresholds.put(part, part.charterThreshold());
        }
        thresholds.put(CUSTOMER_SATISFACTION, new BigDecimal(satisfaction));
        return thresholds;
    }
}
