package dev.opscharter.domain.risks;

import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;
import dev.opscharter.domain.targets.MetricId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskTest {

    static final Instant AT = Instant.parse("2026-05-14T02:00:00Z");
    static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    static final Actor DIRECTOR = Actor.user("director", Set.of(Role.OPS_DIRECTOR));
    static final Actor SPECIALIST = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    static final Actor AUDITOR = Actor.user("auditor", Set.of(Role.AUDITOR));

    static Risk risk(int likelihood, int impact) {
        return Risk.identify("R-001", "供应商延迟交付", "SUPPLY", "specialist", new RiskRating(likelihood, impact),
                "双供应商", "启用备选供应商", MANAGER, AT);
    }

    @Test
    void a_rerating_keeps_the_rating_before_and_who_when_and_why() {
        var rerated = risk(2, 3).rerate(new RiskRating(4, 4), "两家供应商同时延迟", MANAGER, AT.plusSeconds(60));

        assertThat(rerated.rating()).isEqualTo(new RiskRating(4, 4));
        assertThat(rerated.level()).isEqualTo(RiskLevel.MAJOR);
        assertThat(rerated.history()).containsExactly(new RiskRerating(new RiskRating(2, 3), new RiskRating(4, 4),
                "manager", AT.plusSeconds(60), "两家供应商同时延迟"));
    }

    @Test
    void a_manager_closes_a_risk_below_major_at_once() {
        var closed = risk(3, 3).close("供应商已更换", MANAGER, AT);

        assertThat(closed.status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(closed.resolution()).hasValueSatisfying(r -> assertThat(r.by()).isEqualTo("manager"));
        assertThat(closed.allowedSteps(MANAGER)).allMatch(step -> !step.isOpen());
        assertThatThrownBy(() -> closed.rerate(new RiskRating(1, 1), "x", MANAGER, AT))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rule.risks.resolved"));
    }

    @Test
    void a_managers_closing_of_a_major_risk_waits_for_the_directors_sign_off() {
        var proposed = risk(4, 4).accept("保险已覆盖", MANAGER, AT);

        assertThat(proposed.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(proposed.awaiting()).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(RiskStatus.ACCEPTED));
        assertThat(proposed.allowedSteps(MANAGER)).extracting(Step::kind).doesNotContain(RiskStep.SIGN_OFF);
        assertThat(proposed.allowedSteps(DIRECTOR)).contains(Step.open(RiskStep.SIGN_OFF));
        assertThatThrownBy(() -> proposed.close("again", MANAGER, AT)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> proposed.signOff(true, "ok", MANAGER, AT))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rule.risks.sign-off-director-only"));

        var accepted = proposed.signOff(true, "同意接受", DIRECTOR, AT.plusSeconds(3600));
        assertThat(accepted.status()).isEqualTo(RiskStatus.ACCEPTED);
        assertThat(accepted.awaiting()).isEmpty();
        assertThat(accepted.resolution()).hasValueSatisfying(r -> assertThat(r.by()).isEqualTo("director"));

        var refused = proposed.signOff(false, "仍需处置", DIRECTOR, AT);
        assertThat(refused.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(refused.awaiting()).isEmpty();
    }

    @Test
    void the_director_closes_a_major_risk_at_once_and_readers_take_no_step() {
        assertThat(risk(5, 3).close("已消除", DIRECTOR, AT).status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(risk(5, 3).allowedSteps(AUDITOR)).isEmpty();
        assertThat(risk(5, 3).allowedSteps(SPECIALIST)).isEmpty();
        assertThatThrownBy(() -> risk(1, 1).plan("c", "p", AUDITOR)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Risk.identify("R-2", "t", "c", "o", new RiskRating(1, 1), "", "", SPECIALIST, AT))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void an_indicator_is_named_once_per_risk_and_judges_its_figures() {
        var late = KeyRiskIndicator.of("供应商延迟交付率", new RiskThreshold(RiskThreshold.Side.ABOVE,
                new BigDecimal("10")), new FigureSource.FromMetric(MetricId.random()));
        var withIndicator = risk(3, 4).addIndicator(late, MANAGER);

        assertThat(withIndicator.indicator(late.id())).contains(late);
        assertThatThrownBy(() -> withIndicator.addIndicator(KeyRiskIndicator.of("供应商延迟交付率",
                late.threshold(), FigureSource.entered()), MANAGER)).isInstanceOf(RuleViolation.class);
        var month = YearMonth.of(2026, 4);
        assertThat(RiskFigure.of(withIndicator, late, month, new BigDecimal("10"), "s", AT).breached()).isFalse();
        assertThat(RiskFigure.of(withIndicator, late, month, new BigDecimal("10.5"), "s", AT).breached()).isTrue();
    }

    @Test
    void a_review_is_held_once_its_period_ended_and_changes_only_what_it_reviewed() {
        var quarter = new ReviewPeriod.Quarter(new Period.Quarter(2026, 1));
        var risk = RiskId.random();
        assertThat(quarter.from()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(quarter.to()).isEqualTo(YearMonth.of(2026, 3));

        var review = RiskReview.hold(quarter, List.of(risk), List.of(), List.of("维持"), MANAGER, AT,
                LocalDate.of(2026, 4, 1));
        assertThat(review.period()).isEqualTo(quarter);
        assertThatThrownBy(() -> RiskReview.hold(new ReviewPeriod.Month(YearMonth.of(2026, 5)), List.of(risk),
                List.of(), List.of(), MANAGER, AT, LocalDate.of(2026, 5, 14))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> RiskReview.hold(quarter, List.of(risk), List.of(new RiskReview.ChangedRating(
                RiskId.random(), new RiskRating(1, 1), new RiskRating(2, 2))), List.of(), MANAGER, AT,
                LocalDate.of(2026, 4, 1))).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("rule.risks.review.changed-not-reviewed"));
    }

    @Test
    void the_heat_map_counts_each_cell_and_each_level() {
        var map = new RiskHeatMap().add(new RiskRating(4, 4)).add(new RiskRating(4, 4)).add(new RiskRating(1, 2));

        assertThat(map.count(4, 4)).isEqualTo(2);
        assertThat(map.count(1, 2)).isEqualTo(1);
        assertThat(map.count(2, 1)).isZero();
        assertThat(map.count(RiskLevel.MAJOR)).isEqualTo(2);
        assertThat(map.count(RiskLevel.LOW)).isEqualTo(1);
        assertThat(map.total()).isEqualTo(3);
    }
}
