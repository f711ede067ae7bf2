package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.WeeklyReport.Deviation;
import dev.opscharter.domain.targets.WeeklyReport.SpanTotals;
import dev.opscharter.domain.targets.WeeklyReport.Spans;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WeeklyReportTest {

    /** Mon 30 Nov – Sun 6 Dec 2026: Q4 to date is 67 days of 92, the year 340 of 365. */
    private static final IsoWeek WEEK = IsoWeek.of(LocalDate.of(2026, 12, 2));
    private static final Period.Quarter Q4 = new Period.Quarter(2026, 4);
    private static final Period.Year YEAR = new Period.Year(2026);

    private final BusinessUnit east = unit("EAST");
    private final BusinessUnit west = unit("WEST");
    private final Metric revenue = metric("REVENUE", Aggregation.SUM, MetricDirection.HIGHER_IS_BETTER, false, true);
    private final Metric satisfaction = metric("SATISFACTION", Aggregation.AVERAGE, MetricDirection.HIGHER_IS_BETTER,
            true, false);
    private final Metric delivery = metric("DELIVERY_HOURS", Aggregation.AVERAGE, MetricDirection.LOWER_IS_BETTER,
            false, false);

    @Test
    void gives_the_week_the_week_before_and_the_change() {
        var report = WeeklyReport.of(WEEK, List.of(revenue), List.of(east), List.of(target(east, revenue, Q4, "9200")),
                new Spans(totals(east, revenue, "110", 7), totals(east, revenue, "100", 7),
                        totals(east, revenue, "6700", 67), SpanTotals.of(Map.of())));

        var line = report.lines().getFirst();
        assertThat(line.thisWeek().value()).contains(new BigDecimal("110"));
        assertThat(line.weekBefore().value()).contains(new BigDecimal("100"));
        assertThat(line.weekOnWeek()).contains(new BigDecimal("10.0"));
        // 6 700 in 67 days is 9 200 at this pace: exactly the target
        assertThat(line.quarter().projection()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("9200"));
        assertThat(line.quarter().projectedAttainment().flatMap(Attainment::percent)).contains(new BigDecimal("100.0"));
        assertThat(line.quarter().attainment().flatMap(Attainment::percent)).contains(new BigDecimal("72.8"));
        assertThat(line.year().target()).isEmpty();
        assertThat(line.year().toDate().hasData()).isFalse();
        assertThat(line.deviations()).isEmpty();
    }

    @Test
    void flags_a_target_missed_at_this_pace_and_a_key_indicator_not_attained() {
        var report = WeeklyReport.of(WEEK, List.of(revenue, satisfaction), List.of(east),
                List.of(target(east, revenue, YEAR, "40000"), target(east, satisfaction, Q4, "4.5")),
                new Spans(SpanTotals.of(Map.of()), SpanTotals.of(Map.of()),
                        totals(east, satisfaction, "290", 67),
                        merged(east, Map.of(revenue.id(), new DayTotals(new BigDecimal("34000"), 340,
                                WEEK.sunday(), BigDecimal.TEN)))));

        var byMetric = report.lines().stream().collect(java.util.stream.Collectors.toMap(
                l -> l.metric().code(), WeeklyReport.Line::deviations));
        // 34 000 in 340 days: 36 500 at this pace, against 40 000
        assertThat(byMetric.get("REVENUE")).containsExactly(Deviation.YEAR_OFF_PACE);
        // a mean of 4.33 against 4.5: not attained so far, and not at this pace either
        assertThat(byMetric.get("SATISFACTION")).containsExactlyInAnyOrder(Deviation.QUARTER_OFF_PACE,
                Deviation.KEY_UNMET);
        assertThat(report.deviating()).isEqualTo(2);
        assertThat(report.flagged(Deviation.KEY_UNMET)).isEqualTo(1);
    }

    @Test
    void a_running_sum_is_judged_by_its_pace_not_against_the_whole_target() {
        var keyRevenue = metric("KEY_REVENUE", Aggregation.SUM, MetricDirection.HIGHER_IS_BETTER, true, true);
        var report = WeeklyReport.of(WEEK, List.of(keyRevenue), List.of(east), List.of(target(east, keyRevenue, Q4, "900")),
                new Spans(SpanTotals.of(Map.of()), SpanTotals.of(Map.of()), totals(east, keyRevenue, "670", 67),
                        SpanTotals.of(Map.of())));

        assertThat(report.lines().getFirst().deviations()).isEmpty();
    }

    @Test
    void a_lower_is_better_metric_is_judged_in_its_direction() {
        var report = WeeklyReport.of(WEEK, List.of(delivery), List.of(east), List.of(target(east, delivery, Q4, "2.0")),
                new Spans(totals(east, delivery, "14", 7), totals(east, delivery, "21", 7),
                        totals(east, delivery, "134", 67), SpanTotals.of(Map.of())));

        var line = report.lines().getFirst();
        assertThat(line.weekOnWeek()).contains(new BigDecimal("-33.3"));
        assertThat(line.quarter().attainment().map(Attainment::attained)).contains(true);
        assertThat(line.deviations()).isEmpty();
    }

    @Test
    void key_then_core_metrics_come_first_each_by_unit() {
        var report = WeeklyReport.of(WEEK, List.of(revenue, satisfaction, delivery), List.of(west, east),
                List.of(target(west, delivery, Q4, "2"), target(west, revenue, Q4, "1"), target(east, revenue, Q4, "1"),
                        target(east, satisfaction, YEAR, "4"), target(east, revenue, new Period.Quarter(2026, 3), "1")),
                new Spans(SpanTotals.of(Map.of()), SpanTotals.of(Map.of()), SpanTotals.of(Map.of()),
                        SpanTotals.of(Map.of())));

        assertThat(report.lines()).extracting(l -> l.metric().code() + "/" + l.unit().code()).containsExactly(
                "SATISFACTION/EAST", "REVENUE/EAST", "REVENUE/WEST", "DELIVERY_HOURS/WEST");
    }

    @Test
    void no_change_from_a_week_of_zero_or_without_data() {
        var zero = new PeriodFigure(Optional.of(BigDecimal.ZERO), 7);
        var some = new PeriodFigure(Optional.of(BigDecimal.ONE), 7);

        assertThat(WeeklyReport.change(some, zero)).isEmpty();
        assertThat(WeeklyReport.change(PeriodFigure.NO_DATA, some)).isEmpty();
        assertThat(WeeklyReport.change(zero, some)).contains(new BigDecimal("-100.0"));
    }

    @Test
    void a_key_indicator_without_data_is_unmet_once_its_quarter_ended() {
        var lastWeekOfQ3 = IsoWeek.of(LocalDate.of(2026, 9, 27)); // Mon 21 – Sun 27 Sep: Q3 runs until the 30th
        var lastWeekOfYear = IsoWeek.of(LocalDate.of(2027, 12, 31)); // Mon 27 Dec 2027 – Sun 2 Jan 2028
        var none = new Spans(SpanTotals.of(Map.of()), SpanTotals.of(Map.of()), SpanTotals.of(Map.of()),
                SpanTotals.of(Map.of()));

        assertThat(WeeklyReport.of(lastWeekOfQ3, List.of(satisfaction), List.of(east),
                List.of(target(east, satisfaction, new Period.Quarter(2026, 3), "4")), none).deviating()).isZero();
        var endedQuarter = IsoWeek.of(LocalDate.of(2026, 10, 4)); // Mon 28 Sep – Sun 4 Oct: counts to Q4
        assertThat(endedQuarter.quarter()).isEqualTo(Q4);
        assertThat(lastWeekOfYear.year()).isEqualTo(new Period.Year(2028));
        var q4 = PeriodStanding.of(satisfaction, Q4, Q4.lastDay(), Optional.of(BigDecimal.ONE), PeriodFigure.NO_DATA);
        assertThat(q4.ended()).isTrue();
        assertThat(q4.keyUnmet()).isTrue();
        assertThat(q4.offPace()).isFalse();
    }

    private static SpanTotals totals(BusinessUnit unit, Metric metric, String sum, int days) {
        return merged(unit, Map.of(metric.id(), new DayTotals(new BigDecimal(sum), days, WEEK.sunday(), BigDecimal.ONE)));
    }

    private static SpanTotals merged(BusinessUnit unit, Map<MetricId, DayTotals> byMetric) {
        return SpanTotals.of(Map.of(unit.id(), byMetric));
    }

    private static Target target(BusinessUnit unit, Metric metric, Period period, String value) {
        return Target.set(unit.id(), metric.id(), period, new BigDecimal(value), "manager", Instant.EPOCH);
    }

    static BusinessUnit unit(String code) {
        return BusinessUnit.create(code, new BilingualName(code + "部", code), Optional.empty());
    }

    static Metric metric(String code, Aggregation aggregation, MetricDirection direction, boolean key, boolean core) {
        return Metric.create(code, new BilingualName(code + "中文", code), MetricUnit.COUNT, direction, aggregation, key,
                core);
    }
}
