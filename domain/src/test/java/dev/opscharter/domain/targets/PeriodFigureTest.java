package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.BilingualName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodFigureTest {

    static final BusinessUnitId UNIT = BusinessUnitId.random();
    static final LocalDate DAY = LocalDate.of(2027, 1, 4);

    @Test
    void a_sum_adds_the_days() {
        var revenue = metric("REVENUE", MetricUnit.MONEY, Aggregation.SUM);

        var figure = PeriodFigure.ofDays(revenue, days(revenue, "100.50", "200", "0"));

        assertThat(figure.value()).contains(new BigDecimal("300.50"));
        assertThat(figure.days()).isEqualTo(3);
    }

    @Test
    void an_average_is_the_mean_of_the_days_that_have_a_value() {
        var score = metric("NPS", MetricUnit.SCORE, Aggregation.AVERAGE);

        assertThat(PeriodFigure.ofDays(score, days(score, "8", "9", "9")).value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8.666667"));
    }

    @Test
    void the_last_value_is_the_latest_day_s_whatever_order_the_days_come_in() {
        var users = metric("ACTIVE_USERS", MetricUnit.COUNT, Aggregation.LAST);
        var days = List.of(actual(users, DAY.plusDays(2), "130"), actual(users, DAY, "100"),
                actual(users, DAY.plusDays(1), "120"));

        assertThat(PeriodFigure.ofDays(users, id -> id.equals(users.id()) ? days : List.of()).value())
                .contains(new BigDecimal("130"));
    }

    @Test
    void a_ratio_divides_the_sums_of_two_metrics_and_a_percent_is_times_100() {
        var repeat = metric("REPEAT_ORDERS", MetricUnit.COUNT, Aggregation.SUM);
        var orders = metric("ORDERS", MetricUnit.COUNT, Aggregation.SUM);
        var rate = metric("REPURCHASE_RATE", MetricUnit.PERCENT, new Aggregation.Ratio(repeat.id(), orders.id()));
        var perOrder = metric("REPEATS_PER_ORDER", MetricUnit.COUNT, new Aggregation.Ratio(repeat.id(), orders.id()));
        var days = Map.of(repeat.id(), List.of(actual(repeat, DAY, "30"), actual(repeat, DAY.plusDays(1), "10")),
                orders.id(), List.of(actual(orders, DAY, "100"), actual(orders, DAY.plusDays(1), "60")));

        assertThat(PeriodFigure.ofDays(rate, id -> days.getOrDefault(id, List.of())).value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
        assertThat(PeriodFigure.ofDays(perOrder, id -> days.getOrDefault(id, List.of())).value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.25"));
        assertThat(PeriodFigure.ofDays(rate, id -> days.getOrDefault(id, List.of())).days()).isEqualTo(2);
    }

    @Test
    void no_day_or_a_denominator_adding_up_to_zero_is_no_data_never_zero() {
        var revenue = metric("REVENUE", MetricUnit.MONEY, Aggregation.SUM);
        var repeat = metric("REPEAT_ORDERS", MetricUnit.COUNT, Aggregation.SUM);
        var orders = metric("ORDERS", MetricUnit.COUNT, Aggregation.SUM);
        var rate = metric("REPURCHASE_RATE", MetricUnit.PERCENT, new Aggregation.Ratio(repeat.id(), orders.id()));
        var zeroOrders = Map.of(repeat.id(), List.of(actual(repeat, DAY, "0")),
                orders.id(), List.of(actual(orders, DAY, "0")));

        for (var aggregation : List.of(Aggregation.SUM, Aggregation.AVERAGE, Aggregation.LAST)) {
            assertThat(PeriodFigure.ofDays(metric("X", MetricUnit.COUNT, aggregation), id -> List.of()))
                    .isEqualTo(PeriodFigure.NO_DATA);
        }
        assertThat(PeriodFigure.ofDays(revenue, id -> List.of()).hasData()).isFalse();
        assertThat(PeriodFigure.ofDays(rate, id -> zeroOrders.getOrDefault(id, List.of()))).isEqualTo(PeriodFigure.NO_DATA);
    }

    @Test
    void a_metric_has_a_code_of_capitals_and_a_ratio_never_divides_itself() {
        assertThatThrownBy(() -> metric("revenue", MetricUnit.MONEY, Aggregation.SUM))
                .hasFieldOrPropertyWithValue("messageKey", "validation.targets.metric-code");
        var other = MetricId.random();
        var id = MetricId.random();
        assertThatThrownBy(() -> new Metric(id, "RATE", new BilingualName("比率", "Rate"), MetricUnit.PERCENT,
                MetricDirection.HIGHER_IS_BETTER, new Aggregation.Ratio(id, other), false, false, 0))
                .hasFieldOrPropertyWithValue("messageKey", "validation.targets.ratio-of-itself");
        assertThatThrownBy(() -> new Aggregation.Ratio(other, other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void totals_take_the_latest_day_whatever_the_order_and_give_the_same_figure_as_the_days() {
        var active = metric("ACTIVE_USERS", MetricUnit.COUNT, Aggregation.LAST);
        var days = List.of(actual(active, DAY.plusDays(2), "70"), actual(active, DAY, "50"),
                actual(active, DAY.plusDays(1), "60"));

        assertThat(DayTotals.of(days)).hasValueSatisfying(totals -> {
            assertThat(totals.sum()).isEqualByComparingTo("180");
            assertThat(totals.days()).isEqualTo(3);
            assertThat(totals.lastDay()).isEqualTo(DAY.plusDays(2));
            assertThat(totals.lastValue()).isEqualByComparingTo("70");
        });
        assertThat(DayTotals.of(List.of())).isEmpty();
        assertThat(PeriodFigure.of(active, id -> DayTotals.of(days))).isEqualTo(PeriodFigure.ofDays(active, id -> days));
    }

    static Metric metric(String code, MetricUnit unit, Aggregation aggregation) {
        return Metric.create(code, new BilingualName(code + "中文", code), unit, MetricDirection.HIGHER_IS_BETTER,
                aggregation, false, false);
    }

    static DailyActual actual(Metric metric, LocalDate day, String value) {
        return new DailyActual(UNIT, metric.id(), day, new BigDecimal(value));
    }

    private static java.util.function.Function<MetricId, List<DailyActual>> days(Metric metric, String... values) {
        var days = new java.util.ArrayList<DailyActual>();
        for (int i = 0; i < values.length; i++) {
            days.add(actual(metric, DAY.plusDays(i), values[i]));
        }
        return id -> id.equals(metric.id()) ? days : List.of();
    }
}
