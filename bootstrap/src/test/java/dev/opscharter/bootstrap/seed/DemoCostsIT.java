package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.costs.port.out.BudgetChanges;
import dev.opscharter.application.costs.port.out.ChannelRevenues;
import dev.opscharter.application.costs.port.out.Channels;
import dev.opscharter.application.costs.port.out.MonthlyCosts;
import dev.opscharter.application.costs.port.out.RoiFlags;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.costs.Budget;
import dev.opscharter.domain.costs.BudgetChange;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.costs.RoiDecision;
import dev.opscharter.domain.costs.Roi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's year of costs on PostgreSQL: one channel below break-even with its decisions, budgets signed off. */
@OpsCharterSpringTest
class DemoCostsIT {

    @Autowired
    Channels channels;
    @Autowired
    MonthlyCosts costs;
    @Autowired
    ChannelRevenues revenues;
    @Autowired
    RoiFlags flags;
    @Autowired
    BudgetChanges budgetChanges;
    @Autowired
    WorkItems workItems;
    @Autowired
    BusinessCalendar calendar;

    @Test
    void search_ads_alone_fall_below_break_even_the_earlier_month_decided_the_latest_waiting() {
        var last = YearMonth.from(calendar.today()).minusMonths(1);
        var totals = costs.channelTotals(last.minusMonths(11), last);
        for (var plan : DemoCosts.PLANS) {
            var channel = channels.byCode(plan.code()).orElseThrow();
            for (var month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
                var at = month;
                var cost = totals.stream().filter(t -> t.channel().equals(channel.id()) && t.month().equals(at))
                        .findFirst().orElseThrow().amount();
                var revenue = revenues.of(channel.id(), month).orElseThrow().revenue();
                var below = plan.code().equals(DemoCosts.BELOW) && !month.isBefore(last.minusMonths(1));
                assertThat(new Roi(revenue, cost).belowBreakEven()).as("%s %s", plan.code(), month).isEqualTo(below);
            }
        }
        var search = channels.byCode(DemoCosts.BELOW).orElseThrow().id();
        var decided = flags.of(search, last.minusMonths(1)).orElseThrow();
        assertThat(decided.decision()).map(RoiDecision::kind).contains(RoiDecision.Kind.OPTIMIZE);
        assertThat(workItems.byId(decided.workItem()).orElseThrow().status()).isEqualTo(WorkItemStatus.DONE);
        var waiting = flags.of(search, last).orElseThrow();
        assertThat(waiting.decision()).isEmpty();
        assertThat(workItems.byId(waiting.workItem()).orElseThrow().status()).isEqualTo(WorkItemStatus.OPEN);
    }

    @Test
    void every_type_has_a_budget_signed_off_by_finance_promotion_is_over_it_and_a_raise_waits() {
        var year = calendar.today().getYear();
        var changes = budgetChanges.ofYear(year);
        var spent = costs.typeTotals(year);
        for (var type : CostType.values()) {
            var budget = Budget.inForce(year, type, changes, change ->
                    BudgetChange.State.of(workItems.byId(change.workItem()).orElseThrow().status())).orElseThrow();
            var over = budget.use(spent.getOrDefault(type, BigDecimal.ZERO)).over();
            // in January the year has no costs yet, and nothing is over
            var expected = type == CostType.PROMOTION && spent.containsKey(CostType.PROMOTION);
            assertThat(over).as("%s over budget", type).isEqualTo(expected);
        }
        assertThat(changes).filteredOn(c -> c.type() == CostType.TECHNOLOGY).anySatisfy(change -> assertThat(
                workItems.byId(change.workItem()).orElseThrow().status()).isEqualTo(WorkItemStatus.AWAITING_SIGN_OFF));
    }
}
