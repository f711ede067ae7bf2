package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MetricUnit;
import dev.opscharter.domain.targets.PeriodFigure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.code;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.storedMetric;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.storedUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Actuals} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class ActualsContract {

    protected abstract TargetStores stores();

    protected final Actuals actuals() {
        return stores().actuals();
    }

    protected final BusinessUnits units() {
        return stores().units();
    }

    protected final Metrics metrics() {
        return stores().metrics();
    }

    static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);

    @Test
    void a_batch_counts_new_days_corrections_and_days_given_again_as_stored() {
        var unit = storedUnit(units()).id();
        var metric = storedMetric(metrics()).id();

        var first = actuals().addAll(List.of(day(unit, metric, 1, "10"), day(unit, metric, 2, "20"),
                day(unit, metric, 3, "30")));
        var second = actuals().addAll(List.of(day(unit, metric, 1, "10.000"), day(unit, metric, 2, "21"),
                day(unit, metric, 4, "40"), day(unit, metric, 4, "40.0")));

        assertThat(first).isEqualTo(new Actuals.Stored(3, 0, 0));
        assertThat(second).as("day 4 given twice with one value counts once").isEqualTo(new Actuals.Stored(1, 1, 1));
        assertThat(actuals().days(unit, metric, JAN_15.plusDays(1), JAN_15.plusDays(5)))
                .containsExactly(day(unit, metric, 1, "10.000000"), day(unit, metric, 2, "21.000000"),
                        day(unit, metric, 3, "30.000000"), day(unit, metric, 4, "40.000000"));
    }

    @Test
    void a_day_given_two_values_refuses_the_batch_naming_both_lines_and_stores_nothing() {
        var unit = storedUnit(units()).id();
        var metric = storedMetric(metrics()).id();
        var other = storedMetric(metrics()).id();

        try (var batch = actuals().begin()) {
            batch.add(2, day(unit, metric, 1, "10"));
            batch.add(3, day(unit, other, 1, "99"));
            batch.add(4, day(unit, metric, 2, "20"));
            batch.add(5, day(unit, metric, 1, "10.0"));
            batch.add(6, day(unit, metric, 2, "21"));
            batch.add(7, day(unit, metric, 1, "11"));
            assertThatThrownBy(batch::commit).isInstanceOfSatisfying(Actuals.DayGivenTwice.class, e -> {
                assertThat(e.line()).isEqualTo(6);
                assertThat(e.earlierLine()).isEqualTo(4);
            });
        }

        assertThat(actuals().days(unit, metric, JAN_15, JAN_15.plusYears(1))).isEmpty();
        assertThat(actuals().days(unit, other, JAN_15, JAN_15.plusYears(1))).isEmpty();
    }

    @Test
    void a_batch_closed_without_a_commit_leaves_nothing() {
        var unit = storedUnit(units()).id();
        var metric = storedMetric(metrics()).id();

        try (var batch = actuals().begin()) {
            batch.add(1, day(unit, metric, 1, "10"));
        }

        assertThat(actuals().days(unit, metric, JAN_15, JAN_15.plusYears(1))).isEmpty();
        assertThat(actuals().totals(JAN_15, JAN_15.plusYears(1))).noneMatch(t -> t.unit().equals(unit));
    }

    @Test
    void totals_add_up_the_days_of_ranges_that_cut_months_whatever_the_cut() {
        // cut at either side, by few days or many, with days beside the cut or none
        var unit = storedUnit(units()).id();
        var metric = storedMetric(metrics()).id();
        var days = new ArrayList<DailyActual>();
        // 15 January to 10 April 2027, a day in three without a value
        for (var day = JAN_15; day.isBefore(LocalDate.of(2027, 4, 11)); day = day.plusDays(1)) {
            if (day.getDayOfYear() % 3 != 0) {
                days.add(new DailyActual(unit, metric, day, BigDecimal.valueOf(day.getDayOfYear() * 7L, 1).setScale(6)));
            }
        }
        // in two batches, so that months are added up again by the second
        actuals().addAll(days.subList(0, 40));
        actuals().addAll(days.subList(40, days.size()));

        for (var range : List.of(range("2027-01-01", "2027-04-01"), range("2027-01-20", "2027-03-05"),
                range("2027-02-01", "2027-04-01"), range("2027-02-03", "2027-02-09"), range("2027-03-31", "2027-04-02"),
                range("2027-01-01", "2028-01-01"), range("2027-02-01", "2027-03-01"), range("2027-04-05", "2027-04-05"),
                range("2026-12-01", "2027-01-15"), range("2027-02-28", "2027-04-11"), range("2027-02-04", "2027-04-01"),
                range("2027-01-01", "2027-03-25"), range("2027-02-01", "2027-04-30"), range("2027-01-01", "2027-01-25"),
                range("2027-03-03", "2027-05-01"), range("2027-03-02", "2027-04-01"), range("2027-03-03", "2027-03-31"))) {
            var expected = DayTotals.of(days.stream()
                    .filter(d -> !d.day().isBefore(range.getFirst()) && d.day().isBefore(range.getLast())).toList());
            assertThat(totalsOf(unit, metric, range.getFirst(), range.getLast())).as("%s", range).isEqualTo(expected);
        }
    }

    @Test
    void a_correction_of_a_day_moves_its_month_s_totals_and_the_last_value() {
        var unit = storedUnit(units()).id();
        var metric = storedMetric(metrics()).id();
        actuals().addAll(List.of(day(unit, metric, 1, "10"), day(unit, metric, 5, "50"), day(unit, metric, 20, "70")));

        actuals().addAll(List.of(day(unit, metric, 20, "75.5"), day(unit, metric, 25, "1")));

        var february = LocalDate.of(2027, 2, 1);
        assertThat(totalsOf(unit, metric, LocalDate.of(2027, 1, 1), february)).contains(
                new DayTotals(new BigDecimal("60.000000"), 2, JAN_15.plusDays(5), new BigDecimal("50.000000")));
        assertThat(totalsOf(unit, metric, february, LocalDate.of(2027, 3, 1))).contains(
                new DayTotals(new BigDecimal("76.500000"), 2, JAN_15.plusDays(25), new BigDecimal("1.000000")));
        assertThat(totalsOf(unit, metric, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5))).contains(
                new DayTotals(new BigDecimal("135.500000"), 3, JAN_15.plusDays(20), new BigDecimal("75.500000")));
    }

    @Test
    void a_ratio_s_figure_follows_from_the_totals_of_its_two_metrics() {
        var unit = storedUnit(units()).id();
        var orders = storedMetric(metrics());
        var repeat = storedMetric(metrics());
        var rate = metrics().save(Metric.create(code("RATE"), new BilingualName("复购率", "Repurchase rate"),
                MetricUnit.PERCENT, MetricDirection.HIGHER_IS_BETTER, new Aggregation.Ratio(repeat.id(), orders.id()),
                true, true));
        actuals().addAll(List.of(day(unit, orders.id(), 1, "200"), day(unit, orders.id(), 2, "300"),
                day(unit, repeat.id(), 1, "50"), day(unit, repeat.id(), 3, "25")));

        var totals = actuals().totals(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)).stream()
                .filter(t -> t.unit().equals(unit)).toList();
        var figure = PeriodFigure.of(rate, id -> totals.stream().filter(t -> t.metric().equals(id))
                .map(Actuals.UnitTotals::totals).findFirst());

        assertThat(totals).extracting(Actuals.UnitTotals::metric).containsExactlyInAnyOrder(orders.id(), repeat.id());
        assertThat(figure.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15"));
        assertThat(figure.days()).isEqualTo(2);
    }

    @Test
    void totals_of_some_metrics_are_those_of_all_metrics_less_the_others() {
        var unit = storedUnit(units()).id();
        var counted = storedMetric(metrics()).id();
        var other = storedMetric(metrics()).id();
        actuals().addAll(List.of(day(unit, counted, 1, "10"), day(unit, counted, 20, "5"), day(unit, other, 2, "7"),
                day(unit, other, 30, "8")));

        for (var range : List.of(range("2027-01-01", "2027-04-01"), range("2027-01-20", "2027-02-10"))) {
            var all = actuals().totals(range.getFirst(), range.getLast()).stream()
                    .filter(t -> t.unit().equals(unit)).toList();
            assertThat(actuals().totals(range.getFirst(), range.getLast(), Set.of(counted)))
                    .as("%s", range).containsExactlyElementsOf(all.stream().filter(t -> t.metric().equals(counted))
                            .toList());
        }
        assertThat(actuals().totals(JAN_15, JAN_15.plusYears(1), Set.of())).isEmpty();
    }

    @Test
    void days_come_by_day_within_the_range_and_only_the_unit_s_metric_s() {
        var unit = storedUnit(units()).id();
        var metric = storedMetric(metrics()).id();
        var other = storedMetric(metrics()).id();
        actuals().addAll(List.of(day(unit, metric, 9, "9"), day(unit, metric, 3, "3"), day(unit, other, 4, "4"),
                day(unit, metric, 6, "6"), day(storedUnit(units()).id(), metric, 5, "5")));

        assertThat(actuals().days(unit, metric, JAN_15.plusDays(3), JAN_15.plusDays(9)))
                .extracting(DailyActual::day).containsExactly(JAN_15.plusDays(3), JAN_15.plusDays(6));
        assertThat(actuals().days(unit, metric, JAN_15.plusDays(9), JAN_15.plusDays(9))).isEmpty();
    }

    /** The unit's metric's day {@code offset} days after 15 January 2027. */
    static DailyActual day(BusinessUnitId unit, MetricId metric, int offset, String value) {
        return new DailyActual(unit, metric, JAN_15.plusDays(offset), new BigDecimal(value));
    }

    private Optional<DayTotals> totalsOf(BusinessUnitId unit, MetricId metric, LocalDate from, LocalDate until) {
        var found = actuals().totals(from, until).stream()
                .filter(t -> t.unit().equals(unit) && t.metric().equals(metric)).toList();
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.stream().map(Actuals.UnitTotals::totals).findFirst();
    }

    private static List<LocalDate> range(String from, String until) {
        return List.of(LocalDate.parse(from), LocalDate.parse(until));
    }
}
