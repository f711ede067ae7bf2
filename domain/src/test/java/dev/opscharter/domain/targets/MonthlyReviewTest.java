package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonthlyReviewTest {

    static final Actor MANAGER = Actor.user("王运营", java.util.Set.of(Role.OPS_MANAGER));
    static final Actor SPECIALIST = Actor.user("李专员", java.util.Set.of(Role.OPS_SPECIALIST));
    static final Instant AT = Instant.parse("2027-02-03T02:00:00Z");
    static final YearMonth JANUARY = YearMonth.of(2027, 1);
    static final BusinessUnitId UNIT = BusinessUnitId.random();

    static Metric metric(String code, Aggregation aggregation, MetricDirection direction, boolean key) {
        return new Metric(MetricId.random(), code, new BilingualName(code, code), MetricUnit.COUNT, direction,
                aggregation, key, false, 1);
    }

    static Target quarterTarget(Metric metric, String value) {
        return Target.set(UNIT, metric.id(), new Period.Quarter(2027, 1), new BigDecimal(value), "王运营", AT);
    }

    static PeriodFigure figure(String value) {
        return new PeriodFigure(Optional.of(new BigDecimal(value)), 31);
    }

    @Test
    void a_sum_must_reach_its_days_share_of_the_quarter_and_a_mean_the_whole_target() {
        var revenue = metric("REVENUE", Aggregation.SUM, MetricDirection.HIGHER_IS_BETTER, false);
        var score = metric("SCORE", Aggregation.AVERAGE, MetricDirection.HIGHER_IS_BETTER, false);

        // Q1 2027 has 90 days: January's share of 900 is 310
        assertThat(MonthShare.of(revenue, quarterTarget(revenue, "900"), JANUARY)).isEqualByComparingTo("310");
        assertThat(MonthShare.of(score, quarterTarget(score, "4.5"), JANUARY)).isEqualByComparingTo("4.5");
        assertThat(ReviewDeviation.of(revenue, quarterTarget(revenue, "900"), JANUARY, figure("310"))).isEmpty();
        assertThat(ReviewDeviation.of(revenue, quarterTarget(revenue, "900"), JANUARY, figure("309.99")))
                .hasValueSatisfying(d -> {
                    assertThat(d.share()).isEqualByComparingTo("310");
                    assertThat(d.percent()).contains(new BigDecimal("100.0"));
                    assertThat(d.settled()).isFalse();
                });
    }

    @Test
    void lower_is_better_deviates_above_the_target_and_only_a_key_indicator_deviates_without_data() {
        var hours = metric("DELIVERY_HOURS", Aggregation.AVERAGE, MetricDirection.LOWER_IS_BETTER, false);
        var complaints = metric("COMPLAINTS", Aggregation.SUM, MetricDirection.LOWER_IS_BETTER, true);

        assertThat(ReviewDeviation.of(hours, quarterTarget(hours, "24"), JANUARY, figure("26"))).isPresent();
        assertThat(ReviewDeviation.of(hours, quarterTarget(hours, "24"), JANUARY, figure("24"))).isEmpty();
        assertThat(ReviewDeviation.of(hours, quarterTarget(hours, "24"), JANUARY, PeriodFigure.NO_DATA)).isEmpty();
        assertThat(ReviewDeviation.of(complaints, quarterTarget(complaints, "9"), JANUARY, PeriodFigure.NO_DATA))
                .hasValueSatisfying(d -> assertThat(d.actual()).isEmpty());
    }

    @Test
    void a_month_not_in_the_targets_period_has_no_share() {
        var revenue = metric("REVENUE", Aggregation.SUM, MetricDirection.HIGHER_IS_BETTER, false);

        assertThatThrownBy(() -> MonthShare.of(revenue, quarterTarget(revenue, "900"), YearMonth.of(2027, 4)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_review_opens_after_the_month_and_closes_once_every_deviation_has_a_cause_and_a_measure() {
        var revenue = metric("REVENUE", Aggregation.SUM, MetricDirection.HIGHER_IS_BETTER, false);
        var deviation = ReviewDeviation.of(revenue, quarterTarget(revenue, "900"), JANUARY, figure("200")).orElseThrow();

        assertThatThrownBy(() -> MonthlyReview.open(JANUARY, List.of(deviation), MANAGER, AT, LocalDate.of(2027, 1, 31)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.targets.review.month-running");
        var review = MonthlyReview.open(JANUARY, List.of(deviation), MANAGER, AT, LocalDate.of(2027, 2, 1));

        assertThat(review.allowedSteps(MANAGER)).extracting(Step::kind)
                .containsExactly(ReviewStep.EXPLAIN, ReviewStep.ADD_MEASURE, ReviewStep.CLOSE);
        assertThat(review.allowedSteps(MANAGER).getLast().blockedBy()).hasValueSatisfying(
                why -> assertThat(why.messageKey()).isEqualTo("rule.targets.review.unsettled"));
        assertThat(review.allowedSteps(SPECIALIST)).isEmpty();
        assertThatThrownBy(() -> review.close(MANAGER, AT)).isInstanceOf(RuleViolation.class);

        var explained = review.explain(UNIT, revenue.id(), "流量不足，转化率低", MANAGER);
        assertThatThrownBy(() -> explained.close(MANAGER, AT)).isInstanceOf(RuleViolation.class);
        var measured = explained.addMeasure(UNIT, revenue.id(),
                new ReviewMeasure(UUID.randomUUID(), "加大渠道投放", "OPERATIONS_STRATEGY"), MANAGER);
        assertThat(measured.allowedSteps(MANAGER).getLast().isOpen()).isTrue();

        var closed = measured.close(MANAGER, AT);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.allowedSteps(MANAGER)).isEmpty();
        assertThatThrownBy(() -> closed.explain(UNIT, revenue.id(), "again", MANAGER))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.targets.review.closed");
        assertThatThrownBy(() -> review.explain(UNIT, revenue.id(), "x", SPECIALIST))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.targets.review.manage-only");
    }
}
