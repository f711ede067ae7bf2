package dev.opscharter.domain.team;

import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static dev.opscharter.domain.team.TrainingPlanTest.CERTIFICATE;
import static dev.opscharter.domain.team.TrainingPlanTest.DUE;
import static dev.opscharter.domain.team.TrainingPlanTest.LI;
import static dev.opscharter.domain.team.TrainingPlanTest.MANAGER;
import static dev.opscharter.domain.team.TrainingPlanTest.SPECIALIST;
import static dev.opscharter.domain.team.TrainingPlanTest.WANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both rates of the team management indicator at their edges (SPEC §2: ≥ 90 %, ≥ 100 %; no data is no figure). */
class TeamRatesTest {

    static final Period.Quarter Q1 = new Period.Quarter(2026, 1);
    static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    static final LocalDate AFTER_Q1 = LocalDate.of(2026, 4, 1);
    static final Instant AT = Instant.parse("2026-04-02T02:00:00Z");
    static final PersonId REVIEWER = PersonId.random();

    @Test
    void every_attendance_due_completed_on_time_is_100_percent_and_one_late_is_below() {
        var onTime = TrainingPlanTest.withCourse()
                .attended("LEAN-1", WANG, DUE, SPECIALIST).completed("LEAN-1", WANG, DUE, CERTIFICATE, SPECIALIST)
                .attended("LEAN-1", LI, DUE, SPECIALIST);

        var allOnTime = onTime.completed("LEAN-1", LI, DUE, CERTIFICATE, SPECIALIST);
        var oneLate = onTime.completed("LEAN-1", LI, DUE.plusDays(1), CERTIFICATE, SPECIALIST);

        assertThat(TrainingCompletion.of(List.of(allOnTime), Q1, AFTER_Q1)).isEqualTo(new TrainingCompletion(2, 2));
        assertThat(TrainingCompletion.of(List.of(allOnTime), Q1, AFTER_Q1).fraction()).hasValue(1.0);
        assertThat(TrainingCompletion.of(List.of(oneLate), Q1, AFTER_Q1)).isEqualTo(new TrainingCompletion(1, 2));
        assertThat(TrainingCompletion.of(List.of(onTime), Q1, AFTER_Q1)).isEqualTo(new TrainingCompletion(1, 2));
    }

    @Test
    void completion_cannot_exceed_100_percent() {
        assertThatThrownBy(() -> new TrainingCompletion(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_course_counts_once_its_due_day_is_over_and_only_in_the_period_it_is_due() {
        var plan = TrainingPlanTest.withCourse();

        assertThat(TrainingCompletion.of(List.of(plan), Q1, DUE)).isEqualTo(TrainingCompletion.NONE);
        assertThat(TrainingCompletion.of(List.of(plan), Q1, DUE.plusDays(1))).isEqualTo(new TrainingCompletion(0, 2));
        assertThat(TrainingCompletion.of(List.of(plan), Q2, LocalDate.of(2026, 7, 1)).defined()).isFalse();
        assertThat(TrainingCompletion.of(List.of(plan), new Period.Year(2026), LocalDate.of(2027, 1, 1)).whole())
                .isEqualTo(2);
    }

    @Test
    void nothing_due_is_no_figure_not_100_percent() {
        assertThat(TrainingCompletion.of(List.of(), Q1, AFTER_Q1).fraction()).isEmpty();
    }

    @Test
    void a_score_at_the_pass_mark_passes_and_one_below_fails() {
        assertThat(result(WANG, Q1, 60).passed()).isTrue();
        assertThat(result(WANG, Q1, 59).passed()).isFalse();
        assertThat(result(WANG, Q1, 0).passed()).isFalse();
        assertThat(result(WANG, Q1, 100).passed()).isTrue();
    }

    @Test
    void nine_of_ten_passed_is_exactly_90_percent() {
        var results = new java.util.ArrayList<AppraisalResult>();
        for (int i = 0; i < 9; i++) {
            results.add(result(PersonId.random(), Q1, 80));
        }
        results.add(result(PersonId.random(), Q1, 59));
        results.add(result(WANG, Q2, 10));

        var rate = AppraisalPassRate.of(results, Q1);

        assertThat(rate).isEqualTo(new AppraisalPassRate(9, 10));
        assertThat(rate.fraction()).hasValue(0.9);
    }

    @Test
    void nobody_appraised_is_no_figure_and_one_person_twice_in_a_quarter_is_refused() {
        assertThat(AppraisalPassRate.of(List.of(result(WANG, Q2, 90)), Q1).fraction()).isEmpty();
        assertThatThrownBy(() -> AppraisalPassRate.of(List.of(result(WANG, Q1, 90), result(WANG, Q1, 50)), Q1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_score_out_of_range_a_self_review_or_an_auditor_recording_is_refused() {
        assertThatThrownBy(() -> result(WANG, Q1, 101)).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("validation.team.score-range");
        assertThatThrownBy(() -> result(WANG, Q1, -1)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> AppraisalResult.record(WANG, Q1, 80, 60, WANG, MANAGER, AT))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.appraisal.self-review");
        assertThatThrownBy(() -> AppraisalResult.record(WANG, Q1, 80, 60, REVIEWER,
                Actor.user("auditor", Set.of(Role.AUDITOR)), AT))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.team.record-only");
    }

    @Test
    void a_correction_keeps_the_pass_mark_it_was_judged_against() {
        var corrected = AppraisalResult.record(WANG, Q1, 50, 70, REVIEWER, MANAGER, AT).correct(70, REVIEWER,
                SPECIALIST, AT.plusSeconds(60));

        assertThat(corrected.passMark()).isEqualTo(70);
        assertThat(corrected.passed()).isTrue();
        assertThat(corrected.recordedBy()).isEqualTo("specialist");
    }

    static AppraisalResult result(PersonId person, Period.Quarter quarter, int score) {
        return AppraisalResult.record(person, quarter, score, AppraisalResult.DEFAULT_PASS_MARK, REVIEWER, MANAGER, AT);
    }
}
