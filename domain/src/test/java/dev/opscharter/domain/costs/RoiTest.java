package dev.opscharter.domain.costs;

import dev.opscharter.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoiTest {

    @Test
    void the_return_is_revenue_over_cost_and_below_one_needs_a_decision() {
        var live = new Roi(new BigDecimal("180000"), new BigDecimal("60000"));
        var search = new Roi(new BigDecimal("45000"), new BigDecimal("50000"));

        assertThat(live.value()).contains(new BigDecimal("3.00"));
        assertThat(live.belowBreakEven()).isFalse();
        assertThat(search.value()).contains(new BigDecimal("0.90"));
        assertThat(search.belowBreakEven()).isTrue();
    }

    @Test
    void breaking_even_exactly_needs_no_decision_and_a_hair_below_does_though_it_shows_as_one() {
        assertThat(new Roi(new BigDecimal("100"), new BigDecimal("100")).belowBreakEven()).isFalse();
        var hair = new Roi(new BigDecimal("999"), new BigDecimal("1000"));
        assertThat(hair.value()).contains(new BigDecimal("1.00"));
        assertThat(hair.belowBreakEven()).isTrue();
    }

    @Test
    void a_month_without_cost_has_no_return_and_needs_no_decision() {
        var free = new Roi(new BigDecimal("500"), BigDecimal.ZERO);

        assertThat(free.value()).isEmpty();
        assertThat(free.belowBreakEven()).isFalse();
        assertThatThrownBy(() -> new Roi(new BigDecimal("-1"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_decision_names_who_and_why() {
        var decision = new RoiDecision(ChannelId.random(), YearMonth.of(2027, 3), RoiDecision.Kind.OPTIMIZE,
                "li.ming", Instant.parse("2027-04-02T02:00:00Z"), "tighten the keyword list");

        assertThat(decision.reason()).isEqualTo("tighten the keyword list");
        assertThatThrownBy(() -> new RoiDecision(decision.channel(), decision.month(), RoiDecision.Kind.STOP,
                "li.ming", decision.at(), " ")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void budget_use_is_the_share_spent_and_over_means_beyond_it() {
        var promotion = new BudgetUse(CostType.PROMOTION, new BigDecimal("200000"), new BigDecimal("150000"));
        var labour = new BudgetUse(CostType.LABOUR, new BigDecimal("100000"), new BigDecimal("100000"));
        var materials = new BudgetUse(CostType.MATERIALS, new BigDecimal("50000"), new BigDecimal("50000.01"));

        assertThat(promotion.percentUsed()).contains(new BigDecimal("75.0"));
        assertThat(promotion.remaining()).isEqualByComparingTo("50000");
        assertThat(labour.over()).isFalse();
        assertThat(materials.over()).isTrue();
        assertThat(new BudgetUse(CostType.OTHER, BigDecimal.ZERO, BigDecimal.TEN).percentUsed()).isEmpty();
    }
}
