package dev.opscharter.domain.targets;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DayTotalsTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 30);

    @Test
    void units_totals_as_one_add_up_sums_and_days_and_take_the_mean_of_the_latest_day_s_values() {
        var east = new DayTotals(new BigDecimal("900"), 10, DAY, new BigDecimal("91"));
        var south = new DayTotals(new BigDecimal("870"), 10, DAY, new BigDecimal("88"));
        var online = new DayTotals(new BigDecimal("460"), 5, DAY.minusDays(3), new BigDecimal("95"));

        var across = DayTotals.across(List.of(east, south, online)).orElseThrow();

        assertThat(across.sum()).isEqualByComparingTo("2230");
        assertThat(across.days()).isEqualTo(25);
        assertThat(across.lastDay()).isEqualTo(DAY);
        assertThat(across.lastValue()).as("online's last day is older").isEqualByComparingTo("89.5");
    }

    @Test
    void one_unit_s_totals_stay_as_they_are_and_none_give_none() {
        var east = new DayTotals(new BigDecimal("900.25"), 10, DAY, new BigDecimal("91.5"));

        assertThat(DayTotals.across(List.of(east))).hasValueSatisfying(t -> {
            assertThat(t.sum()).isEqualByComparingTo("900.25");
            assertThat(t.lastValue()).isEqualByComparingTo("91.5");
        });
        assertThat(DayTotals.across(List.of())).isEmpty();
    }

    @Test
    void only_a_percent_coded_customer_satisfaction_measures_it() {
        var name = new dev.opscharter.domain.shared.BilingualName("客户满意度", "Customer satisfaction");
        assertThat(Metric.create(Metric.CUSTOMER_SATISFACTION, name, MetricUnit.PERCENT,
                MetricDirection.HIGHER_IS_BETTER, Aggregation.AVERAGE, false, false).measuresCustomerSatisfaction())
                .isTrue();
        assertThat(Metric.create(Metric.CUSTOMER_SATISFACTION, name, MetricUnit.SCORE,
                MetricDirection.HIGHER_IS_BETTER, Aggregation.AVERAGE, false, false).measuresCustomerSatisfaction())
                .isFalse();
        assertThat(Metric.create("CSAT", name, MetricUnit.PERCENT, MetricDirection.HIGHER_IS_BETTER,
                Aggregation.AVERAGE, false, false).measuresCustomerSatisfaction()).isFalse();
    }
}
