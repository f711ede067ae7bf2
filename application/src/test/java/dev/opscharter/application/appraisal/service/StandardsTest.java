package dev.opscharter.application.appraisal.service;

import dev.opscharter.application.appraisal.AppraisalFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Actors;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.appraisal.Measurement.Amount;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.opscharter.application.appraisal.AppraisalFixture.thresholdsWith;
import static dev.opscharter.application.shared.AuditAssertions.assertEntry;
import static dev.opscharter.domain.appraisal.Part.CUSTOMER_SATISFACTION;
import static dev.opscharter.domain.shared.AuditEntry.AuditAction.CREATE;
import static dev.opscharter.domain.shared.InvalidValueAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The director's adjustment of the thresholds, as versions. */
class StandardsTest {

    private static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    private static final Period.Quarter Q2 = new Period.Quarter(2026, 2);

    private final AppraisalFixture fx = new AppraisalFixture();
    private final AppraisalService service = fx.service();

    static Stream<Actor> everyoneButTheDirector() {
        return Actors.allBut(Role.OPS_DIRECTOR);
    }

    private void enterSatisfaction(Period period, String value) {
        fx.actAs(fx.manager);
        service.enter(CUSTOMER_SATISFACTION, period, new Amount(new BigDecimal(value)), "vendor survey",
                Optional.empty(), 0);
    }

    private Status satisfaction(Period period) {
        return service.scorecard(period).scorecard().part(CUSTOMER_SATISFACTION).orElseThrow().status();
    }

    /** Satisfaction 92 in both quarters: Q1 approved by the director (who acts next), Q2 still running. */
    private void approvedQ1AndRunningQ2Passing() {
        enterSatisfaction(Q1, "92");
        enterSatisfaction(Q2, "92");
        fx.completeFigures(service, Q1);
        fx.actAs(fx.director);
        service.approve(Q1, "");
    }

    @Test
    void the_charter_s_figures_are_the_first_version() {
        var standards = service.standardsFor(2026);

        assertThat(standards.number()).isEqualTo(1);
        assertThat(standards.threshold(CUSTOMER_SATISFACTION).value()).isEqualByComparingTo("90");
    }

    @Test
    void the_director_adjusts_from_this_year_as_a_new_version() {
        fx.actAs(fx.director);

        int number = service.adjust(Q1, thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "95")), "board decision", 1,
                List.of());

        assertThat(number).isEqualTo(2);
        assertThat(service.standardsFor(2026).number()).isEqualTo(2);
        assertThat(service.standardsFor(2026).recordedBy()).isEqualTo("director");
        assertThat(service.standardsFor(2025).number()).isEqualTo(1);
        assertThat(service.standardsHistory()).extracting(s -> s.number()).containsExactly(1, 2);

        var entry = fx.org.onlyAuditEntry();
        assertEntry(entry, CREATE, "director", "AppraisalStandards", service.standardsFor(2026).id().value());
        assertThat(entry.entityLabel()).isEqualTo("v2");
        assertThat(entry.changes()).contains(new FieldChange("CUSTOMER_SATISFACTION", "≥ 90", "≥ 95"),
                new FieldChange("fromYear", "2020", "2026"), new FieldChange("note", "", "board decision"));
    }

    @Test
    void an_adjustment_from_next_year_leaves_this_year_alone() {
        fx.actAs(fx.director);

        service.adjust(new Period.Quarter(2027, 1), thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "95")), "next year's plan", 1,
                List.of());

        assertThat(service.standardsFor(2026).number()).isEqualTo(1);
        assertThat(service.standardsFor(2027).number()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("everyoneButTheDirector")
    void only_the_director_may_adjust(Actor someone) {
        fx.actAs(someone);

        assertThatThrownBy(() -> service.adjust(Q1, thresholdsWith(Map.of()), "why", 1, List.of()))
                .isInstanceOf(AccessDenied.class);
        assertThat(fx.standards.all()).hasSize(1);
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    @Test
    void past_years_cannot_be_adjusted() {
        fx.actAs(fx.director);

        assertRejected(() -> service.adjust(new Period.Quarter(2025, 1), thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "80")),
                        "lenient", 1, List.of()),
                "fromYear", "validation.standards.past-year");
        assertThat(fx.standards.all()).hasSize(1);
        assertThat(fx.org.auditLog.entries()).isEmpty();
    }

    @Test
    void an_adjustment_based_on_a_stale_version_is_refused() {
        fx.actAs(fx.director);
        service.adjust(Q1, thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "95")), "first", 1, List.of());

        assertThatThrownBy(() -> service.adjust(Q1, thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "92")),
                "second, from an old screen", 1, List.of())).isInstanceOf(ConcurrentModification.class);

        assertThat(fx.standards.all()).hasSize(2);
        assertThat(service.standardsFor(2026).threshold(CUSTOMER_SATISFACTION).value()).isEqualByComparingTo("95");
        assertThat(fx.org.auditLog.entries()).hasSize(1);
    }

    @Test
    void an_adjustment_needs_a_reason_and_thresholds_the_part_can_take() {
        fx.actAs(fx.director);

        assertRejected(() -> service.adjust(Q1, thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "95")), " ", 1,
                        List.of()),
                "note", "validation.required");
        assertRejected(() -> service.adjust(Q1, thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "120")), "typo", 1,
                        List.of()),
                "CUSTOMER_SATISFACTION", "validation.value.at-most");
        assertThat(fx.standards.all()).hasSize(1);
    }

    @Test
    void a_new_threshold_changes_later_verdicts_while_an_approved_scorecard_keeps_its_version() {
        approvedQ1AndRunningQ2Passing();
        assertThat(satisfaction(Q2)).isEqualTo(Status.PASS);

        service.adjust(Q1, thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "95")), "raise the bar", 1, List.of(Q2));

        // Q2 is still running: what does not meet the new bar yet is in progress, not "not met"
        assertThat(satisfaction(Q2)).isEqualTo(Status.IN_PROGRESS);
        assertThat(service.scorecard(Q2).standards().number()).isEqualTo(2);
        assertThat(service.scorecard(Q2).scorecard().standardsVersion()).isEqualTo(2);
        assertThat(satisfaction(Q1)).isEqualTo(Status.PASS);
        assertThat(service.scorecard(Q1).standards().number()).isEqualTo(1);
        assertThat(service.trend(Q2, 2)).extracting(s -> s.standardsVersion()).containsExactly(1, 2);
    }

    @Test
    void the_preview_lists_the_unapproved_quarters_whose_verdict_changes_and_the_approved_ones_kept() {
        approvedQ1AndRunningQ2Passing();

        var impact = service.preview(Q1, thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "95")));

        // the year 2026 has only two quarters' figures so far: no data either way, so not re-judged
        assertThat(impact.rejudgedPeriods()).containsExactly(Q2);
        var change = impact.rejudged().getFirst().parts().getFirst();
        assertThat(change.part()).isEqualTo(CUSTOMER_SATISFACTION);
        assertThat(change.figure()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("92"));
        assertThat(change.was()).isEqualTo(Status.PASS);
        assertThat(change.becomes()).isEqualTo(Status.IN_PROGRESS);
        assertThat(impact.approvedKept()).containsExactly(Q1);

        service.adjust(Q1, thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "95")), "raise the bar", 1,
                impact.rejudgedPeriods());

        assertThat(satisfaction(Q2)).as("the scorecard then says what the preview said").isEqualTo(change.becomes());
        assertThat(service.scorecard(Q1).scorecard().standardsVersion()).isEqualTo(1);
        assertThat(satisfaction(Q1)).isEqualTo(Status.PASS);
    }

    @Test
    void a_change_from_a_quarter_leaves_the_quarters_before_it_as_they_were_judged() {
        enterSatisfaction(Q1, "92");
        enterSatisfaction(Q2, "92");
        fx.actAs(fx.director);

        var impact = service.preview(Q2, thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "95")));
        service.adjust(Q2, thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "95")), "from the second quarter", 1,
                impact.rejudgedPeriods());

        assertThat(impact.rejudgedPeriods()).containsExactly(Q2);
        assertThat(impact.approvedKept()).isEmpty();
        assertThat(service.scorecard(Q1).standards().number()).isEqualTo(1);
        assertThat(satisfaction(Q1)).isEqualTo(Status.PASS);
        assertThat(service.scorecard(Q2).standards().number()).isEqualTo(2);
        assertThat(service.standardsIn(Q2).from()).isEqualTo(Q2);
        assertThat(service.standardsIn(new Period.Year(2026)).number()).isEqualTo(1);
        assertThat(fx.org.auditLog.entries().getLast().changes())
                .contains(new FieldChange("fromQuarter", "2020-Q1", "2026-Q2"));
    }

    @Test
    void saving_what_would_re_judge_quarters_the_director_did_not_see_is_refused() {
        enterSatisfaction(Q2, "92");
        fx.actAs(fx.director);

        assertThatThrownBy(() -> service.adjust(Q2, thresholdsWith(Map.of(CUSTOMER_SATISFACTION, "95")), "unseen", 1,
                List.of())).isInstanceOfSatisfying(RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("rule.standards.preview-changed"));

        assertThat(fx.standards.all()).hasSize(1);
        assertThat(fx.org.auditLog.entries()).noneMatch(e -> e.entityType().equals("AppraisalStandards"));
        assertThat(satisfaction(Q2)).isEqualTo(Status.PASS);
    }

    @ParameterizedTest
    @MethodSource("everyoneButTheDirector")
    void only_the_director_may_preview_an_adjustment(Actor someone) {
        fx.actAs(someone);

        assertThatThrownBy(() -> service.preview(Q2, thresholdsWith(Map.of()))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_preview_refuses_a_quarter_of_a_past_year() {
        fx.actAs(fx.director);

        assertRejected(() -> service.preview(new Period.Quarter(2025, 4), thresholdsWith(Map.of())), "fromYear",
                "validation.standards.past-year");
    }
}
