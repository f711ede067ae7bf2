package dev.opscharter.domain.costs;

import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CostRecordsTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void an_amount_is_kept_in_cents_and_never_negative_nor_finer_than_a_cent() {
        var cost = MonthlyCost.record(MARCH, CostType.PROMOTION, Optional.empty(), new BigDecimal("12.5"), "");
        assertThat(cost.amount()).isEqualTo(new BigDecimal("12.50"));
        assertThatThrownBy(() -> MonthlyCost.record(MARCH, CostType.PROMOTION, Optional.empty(),
                new BigDecimal("-1"), "")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> MonthlyCost.record(MARCH, CostType.PROMOTION, Optional.empty(),
                new BigDecimal("1.005"), "")).isInstanceOf(InvalidValue.class);
        assertThat(MonthlyCost.record(MARCH, CostType.PROMOTION, Optional.empty(), new BigDecimal("1.000"), "")
                .amount()).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void a_correction_keeps_the_key_of_a_cost() {
        var channel = ChannelId.random();
        var cost = MonthlyCost.record(MARCH, CostType.MATERIALS, Optional.of(channel), BigDecimal.TEN, "");
        var corrected = cost.correct(BigDecimal.ONE, "invoice 42");
        assertThat(corrected.key()).isEqualTo(cost.key());
        assertThat(corrected.amount()).isEqualByComparingTo("1");
        assertThat(corrected.note()).isEqualTo("invoice 42");
    }

    @Test
    void a_channel_code_is_capitals_digits_and_underscores() {
        assertThat(Channel.create("TMALL_1", name()).code()).isEqualTo("TMALL_1");
        assertThatThrownBy(() -> Channel.create("tmall", name())).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_channel_is_deactivated_once_and_offers_the_step_back() {
        var stopped = Channel.create("SEARCH", name()).deactivate();
        assertThat(stopped.active()).isFalse();
        assertThat(stopped.allowedSteps()).extracting(step -> step.kind())
                .containsExactly(ChannelStep.EDIT, ChannelStep.REACTIVATE);
        assertThatThrownBy(stopped::deactivate).isInstanceOf(RuleViolation.class);
        assertThat(stopped.reactivate().active()).isTrue();
    }

    @Test
    void a_flag_is_decided_once_and_only_managers_see_the_step() {
        var channel = ChannelId.random();
        var flag = RoiFlag.raise(channel, MARCH, new WorkItemId(UUID.randomUUID()));
        var manager = Actor.user("mia", Set.of(Role.OPS_MANAGER));
        var specialist = Actor.user("sam", Set.of(Role.OPS_SPECIALIST));
        assertThat(flag.allowedSteps(manager)).extracting(step -> step.kind()).containsExactly(RoiFlagStep.DECIDE);
        assertThat(flag.allowedSteps(specialist)).isEmpty();

        var decision = new RoiDecision(channel, MARCH, RoiDecision.Kind.STOP, "mia", Instant.EPOCH, "no return");
        var decided = flag.decide(decision);
        assertThat(decided.decision()).contains(decision);
        assertThat(decided.allowedSteps(manager)).isEmpty();
        assertThatThrownBy(() -> decided.decide(decision)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_decision_about_another_month_does_not_belong_to_the_flag() {
        var channel = ChannelId.random();
        var flag = RoiFlag.raise(channel, MARCH, new WorkItemId(UUID.randomUUID()));
        var other = new RoiDecision(channel, MARCH.plusMonths(1), RoiDecision.Kind.OPTIMIZE, "mia", Instant.EPOCH, "x");
        assertThatThrownBy(() -> flag.decide(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_budget_is_the_latest_approved_change_and_a_pending_one_does_not_apply() {
        var first = change("100000", Instant.parse("2026-01-02T00:00:00Z"));
        var second = change("120000", Instant.parse("2026-03-02T00:00:00Z"));
        var pending = change("150000", Instant.parse("2026-04-02T00:00:00Z"));
        var withdrawn = change("90000", Instant.parse("2026-05-02T00:00:00Z"));
        var states = Map.of(first, WorkItemStatus.DONE, second, WorkItemStatus.DONE,
                pending, WorkItemStatus.AWAITING_SIGN_OFF, withdrawn, WorkItemStatus.CANCELLED);

        var budget = Budget.inForce(2026, CostType.PROMOTION, List.of(withdrawn, pending, second, first),
                change -> BudgetChange.State.of(states.get(change))).orElseThrow();

        assertThat(budget.amount()).isEqualByComparingTo("120000");
        assertThat(budget.version()).isEqualTo(2);
        assertThat(Budget.inForce(2026, CostType.LABOUR, List.of(first), change -> BudgetChange.State.APPROVED))
                .isEmpty();
    }

    @Test
    void the_state_of_a_budget_change_follows_its_work_item() {
        assertThat(BudgetChange.State.of(WorkItemStatus.DONE)).isEqualTo(BudgetChange.State.APPROVED);
        assertThat(BudgetChange.State.of(WorkItemStatus.CANCELLED)).isEqualTo(BudgetChange.State.WITHDRAWN);
        assertThat(BudgetChange.State.of(WorkItemStatus.HANDED_OVER)).isEqualTo(BudgetChange.State.PENDING);
        assertThat(BudgetChange.State.of(WorkItemStatus.OPEN)).isEqualTo(BudgetChange.State.PENDING);
    }

    private static BudgetChange change(String amount, Instant at) {
        return BudgetChange.request(2026, CostType.PROMOTION, new BigDecimal(amount), "plan", "mia", at,
                new WorkItemId(UUID.randomUUID()));
    }

    private static BilingualName name() {
        return new BilingualName("搜索广告", "Search ads");
    }
}
