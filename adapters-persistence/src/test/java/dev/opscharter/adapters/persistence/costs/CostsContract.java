package dev.opscharter.adapters.persistence.costs;

import dev.opscharter.application.costs.ChannelMonthAmount;
import dev.opscharter.application.costs.CostFilter;
import dev.opscharter.application.costs.RevenueFilter;
import dev.opscharter.application.costs.port.out.BudgetChanges;
import dev.opscharter.application.costs.port.out.ChannelRevenues;
import dev.opscharter.application.costs.port.out.Channels;
import dev.opscharter.application.costs.port.out.MonthlyCosts;
import dev.opscharter.application.costs.port.out.RoiFlags;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.costs.BudgetChange;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.ChannelRevenue;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.costs.MonthlyCost;
import dev.opscharter.domain.costs.RoiDecision;
import dev.opscharter.domain.costs.RoiFlag;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the stores of the costs context do, the in-memory fakes as much as PostgreSQL. The database is
 * shared by the tests: each test uses channels of its own (a random code) and a year of its own.
 */
abstract class CostsContract {

    protected abstract Channels channels();

    protected abstract MonthlyCosts costs();

    protected abstract ChannelRevenues revenues();

    protected abstract BudgetChanges budgetChanges();

    protected abstract RoiFlags flags();

    /** A work item that exists, for the flags and budget changes that refer to one. */
    protected abstract WorkItemId workItem();

    private final int year = 2040 + ThreadLocalRandom.current().nextInt(50);
    private final YearMonth march = YearMonth.of(year, 3);

    private Channel channel() {
        var code = "C" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36).toUpperCase();
        return channels().save(Channel.create(code, new BilingualName("渠道 " + code, "Channel " + code)));
    }

    @Test
    void a_channel_is_stored_found_by_code_and_changed_at_its_version_only() {
        var saved = channel();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(channels().byCode(saved.code())).contains(saved);

        var stopped = channels().save(saved.deactivate());
        assertThat(stopped.version()).isEqualTo(2);
        assertThat(channels().byId(saved.id())).contains(stopped);
        assertThatThrownBy(() -> channels().save(saved.rename(new BilingualName("旧", "Old"))))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(channels().page(false, PageRequest.first(500))).doesNotContain(stopped);
        assertThat(channels().page(true, new PageRequest(0, 500))).isNotEmpty();
        assertThat(channels().count(true)).isGreaterThan(channels().count(false) - 1);
    }

    @Test
    void a_second_channel_with_a_code_taken_is_refused() {
        var saved = channel();
        assertThatThrownBy(() -> channels().save(Channel.create(saved.code(), saved.name())))
                .isInstanceOfAny(RuleViolation.class, ConcurrentModification.class);
    }

    @Test
    void a_cost_is_found_by_its_key_corrected_at_its_version_and_its_key_is_taken_once() {
        var channel = channel();
        var cost = costs().save(MonthlyCost.record(march, CostType.PROMOTION, Optional.of(channel.id()),
                new BigDecimal("1000.50"), "ads"));
        var none = costs().save(MonthlyCost.record(march, CostType.LABOUR, Optional.empty(), BigDecimal.TEN, ""));

        assertThat(costs().byKey(cost.key())).contains(cost);
        assertThat(costs().byKey(none.key())).contains(none);
        var corrected = costs().save(cost.correct(new BigDecimal("900"), "invoice"));
        assertThat(costs().byId(cost.id())).contains(corrected);
        assertThatThrownBy(() -> costs().save(cost.correct(BigDecimal.ONE, ""))).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> costs().save(MonthlyCost.record(march, CostType.PROMOTION, Optional.of(channel.id()),
                BigDecimal.ONE, ""))).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> costs().save(MonthlyCost.record(march, CostType.LABOUR, Optional.empty(),
                BigDecimal.ONE, ""))).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void costs_are_listed_by_filter_and_added_up_per_channel_month_and_per_type() {
        var channel = channel();
        costs().save(MonthlyCost.record(march, CostType.PROMOTION, Optional.of(channel.id()), new BigDecimal("600"), ""));
        costs().save(MonthlyCost.record(march, CostType.MATERIALS, Optional.of(channel.id()), new BigDecimal("400.25"), ""));
        costs().save(MonthlyCost.record(march.plusMonths(1), CostType.PROMOTION, Optional.of(channel.id()),
                new BigDecimal("50"), ""));

        var filter = new CostFilter(Optional.of(CostType.PROMOTION), Optional.of(channel.id()), Optional.empty(),
                Optional.empty());
        assertThat(costs().count(filter)).isEqualTo(2);
        assertThat(costs().page(filter, PageRequest.first(10))).extracting(MonthlyCost::month)
                .containsExactly(march.plusMonths(1), march);
        assertThat(costs().channelTotals(march, march.plusMonths(1)))
                .filteredOn(total -> total.channel().equals(channel.id()))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("amount")
                .containsExactly(new ChannelMonthAmount(channel.id(), march, BigDecimal.ZERO),
                        new ChannelMonthAmount(channel.id(), march.plusMonths(1), BigDecimal.ZERO));
        assertThat(costs().channelTotals(march, march)).filteredOn(total -> total.channel().equals(channel.id()))
                .singleElement().satisfies(total -> assertThat(total.amount()).isEqualByComparingTo("1000.25"));
        assertThat(costs().typeTotals(year).get(CostType.MATERIALS)).isEqualByComparingTo("400.25");
    }

    @Test
    void costs_and_revenue_are_listed_for_a_year_from_its_first_month_to_its_last() {
        var channel = channel();
        var december = YearMonth.of(year - 1, 12);
        var january = YearMonth.of(year, 1);
        var last = YearMonth.of(year, 12);
        var next = YearMonth.of(year + 1, 1);
        for (var month : List.of(december, january, last, next)) {
            costs().save(MonthlyCost.record(month, CostType.PROMOTION, Optional.of(channel.id()), BigDecimal.TEN, ""));
            revenues().save(ChannelRevenue.record(channel.id(), month, BigDecimal.ONE));
        }

        var costsOfTheYear = new CostFilter(Optional.empty(), Optional.of(channel.id()), Optional.of(Year.of(year)),
                Optional.empty());
        assertThat(costs().count(costsOfTheYear)).isEqualTo(2);
        assertThat(costs().page(costsOfTheYear, PageRequest.first(1))).extracting(MonthlyCost::month)
                .containsExactly(last);
        assertThat(costs().page(costsOfTheYear, PageRequest.first(10))).extracting(MonthlyCost::month)
                .containsExactly(last, january);
        assertThat(costs().count(new CostFilter(Optional.empty(), Optional.of(channel.id()), Optional.of(Year.of(year)),
                Optional.of(next)))).as("a month of another year").isZero();
        var revenueOfTheYear = new RevenueFilter(Optional.of(channel.id()), Optional.of(Year.of(year)), Optional.empty());
        assertThat(revenues().count(revenueOfTheYear)).isEqualTo(2);
        assertThat(revenues().page(revenueOfTheYear, PageRequest.first(10))).extracting(ChannelRevenue::month)
                .containsExactly(last, january);
    }

    @Test
    void revenue_is_one_per_channel_month() {
        var channel = channel();
        var revenue = revenues().save(ChannelRevenue.record(channel.id(), march, new BigDecimal("5000")));

        assertThat(revenues().of(channel.id(), march)).contains(revenue);
        assertThat(revenues().between(march, march)).contains(revenue);
        assertThat(revenues().page(new RevenueFilter(Optional.of(channel.id()), Optional.empty(), Optional.empty()),
                PageRequest.first(5))).containsExactly(revenue);
        assertThat(revenues().count(new RevenueFilter(Optional.of(channel.id()), Optional.empty(), Optional.of(march))))
                .isEqualTo(1);
        assertThat(revenues().save(revenue.correct(BigDecimal.TEN)).version()).isEqualTo(2);
        assertThatThrownBy(() -> revenues().save(ChannelRevenue.record(channel.id(), march, BigDecimal.ONE)))
                .isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void a_flag_is_one_per_channel_month_and_keeps_its_decision() {
        var channel = channel();
        var flag = flags().save(RoiFlag.raise(channel.id(), march, workItem()));
        assertThat(flags().of(channel.id(), march)).contains(flag);
        assertThatThrownBy(() -> flags().save(RoiFlag.raise(channel.id(), march, workItem())))
                .isInstanceOf(ConcurrentModification.class);

        var at = Instant.parse("2026-04-02T03:04:05.123456Z");
        var decided = flags().save(flag.decide(new RoiDecision(channel.id(), march, RoiDecision.Kind.OPTIMIZE,
                "王运营", at, "cheaper keywords")));
        assertThat(flags().byId(flag.id())).contains(decided);
        assertThat(flags().between(march, march)).contains(decided);
        assertThatThrownBy(() -> flags().save(flag.decide(new RoiDecision(channel.id(), march, RoiDecision.Kind.STOP,
                "x", at, "y")))).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void budget_changes_are_kept_as_requested_by_year() {
        var at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var first = budgetChanges().save(BudgetChange.request(year, CostType.PROMOTION, new BigDecimal("100000"),
                "plan", "王运营", at, workItem()));
        var second = budgetChanges().save(BudgetChange.request(year, CostType.PROMOTION, new BigDecimal("120000"),
                "more ads", "王运营", at.plusSeconds(60), workItem()));

        assertThat(budgetChanges().byId(first.id())).contains(first);
        assertThat(budgetChanges().ofYear(year)).containsExactly(first, second);
        assertThat(budgetChanges().ofYear(year + 1)).doesNotContain(first, second);
        assertThat(List.of(first, second)).allSatisfy(c -> assertThat(c.amount().scale()).isEqualTo(2));
    }
}
