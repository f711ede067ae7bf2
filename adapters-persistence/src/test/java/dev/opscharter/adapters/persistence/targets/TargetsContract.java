package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.TargetFilter;
import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.Target;
import dev.opscharter.domain.targets.TargetRevision;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.code;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.metric;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.storedMetric;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.storedUnit;
import static dev.opscharter.adapters.persistence.targets.TargetsFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Targets} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class TargetsContract {

    protected abstract TargetStores stores();

    protected final Targets targets() {
        return stores().targets();
    }

    protected final BusinessUnits units() {
        return stores().units();
    }

    protected final Metrics metrics() {
        return stores().metrics();
    }

    /** Microseconds, as PostgreSQL keeps them. */
    static final Instant SET = Instant.parse("2026-12-20T02:00:00.123456Z");
    static final Period.Year YEAR = new Period.Year(2027);

    @Test
    void revisions_are_kept_in_order_with_who_set_each_value_when_and_why() {
        var first = Target.set(storedUnit(units()).id(), storedMetric(metrics()).id(), YEAR,
                new BigDecimal("1000000"), "li.ming", SET);

        var saved = targets().save(first);
        var revised = targets().save(saved.revise(new BigDecimal("1200000.50"), "zhao.min", SET.plusSeconds(60),
                "新渠道上线"));
        var again = targets().save(revised.revise(new BigDecimal("1100000"), "li.ming", SET.plusSeconds(120),
                "channel delayed"));

        assertThat(saved).isEqualTo(first);
        assertThat(again.version()).isEqualTo(3);
        assertThat(targets().of(first.unit(), first.metric(), YEAR)).contains(again);
        assertThat(again.revisions()).extracting(TargetRevision::value).map(BigDecimal::toPlainString)
                .containsExactly("1000000", "1200000.50", "1100000");
        assertThat(again.revisions()).extracting(TargetRevision::reason)
                .containsExactly(Optional.empty(), Optional.of("新渠道上线"), Optional.of("channel delayed"));
        assertThat(again.revisions().get(1).at()).isEqualTo(SET.plusSeconds(60));
    }

    @Test
    void a_revision_that_does_not_follow_the_stored_ones_is_refused_and_stores_nothing() {
        var first = Target.set(storedUnit(units()).id(), storedMetric(metrics()).id(), YEAR, BigDecimal.TEN, "li.ming",
                SET);
        targets().save(first);
        var mine = targets().save(first.revise(BigDecimal.ONE, "li.ming", SET.plusSeconds(1), "first change"));

        assertThatThrownBy(() -> targets().save(first)).as("the first value set twice")
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> targets().save(first.revise(BigDecimal.TWO, "zhao.min", SET.plusSeconds(2),
                "seen before the first change"))).isInstanceOf(ConcurrentModification.class);
        var skipping = mine.revise(BigDecimal.TWO, "li.ming", SET.plusSeconds(3), "a")
                .revise(BigDecimal.TEN, "li.ming", SET.plusSeconds(4), "b");
        assertThatThrownBy(() -> targets().save(skipping)).as("two revisions at once")
                .isInstanceOf(ConcurrentModification.class);
        assertThat(targets().of(first.unit(), first.metric(), YEAR)).contains(mine);
    }

    @Test
    void a_unit_s_metric_has_a_target_per_period_a_quarter_apart_from_its_year() {
        var unit = storedUnit(units()).id();
        var metric = storedMetric(metrics()).id();
        var quarter = new Period.Quarter(2027, 3);
        var ofYear = targets().save(Target.set(unit, metric, YEAR, BigDecimal.valueOf(400), "li.ming", SET));
        var ofQuarter = targets().save(Target.set(unit, metric, quarter, BigDecimal.valueOf(100), "li.ming", SET));

        assertThat(targets().of(unit, metric, YEAR)).contains(ofYear);
        assertThat(targets().of(unit, metric, quarter)).contains(ofQuarter);
        assertThat(targets().of(unit, metric, new Period.Quarter(2027, 4))).isEmpty();
        assertThat(targets().of(unit, storedMetric(metrics()).id(), YEAR)).isEmpty();
    }

    @Test
    void a_period_s_targets_come_by_unit_code_then_metric_code_a_page_at_a_time() {
        var period = new Period.Quarter(2030 + (int) (Math.random() * 70), 1 + (int) (Math.random() * 4));
        var prefix = code("T");
        var east = units().save(unit(prefix + "_EAST"));
        var west = units().save(unit(prefix + "_WEST"));
        var orders = metrics().save(metric(prefix + "_ORDERS", Aggregation.SUM));
        var revenue = metrics().save(metric(prefix + "_REVENUE", Aggregation.SUM));
        var westRevenue = targets().save(Target.set(west.id(), revenue.id(), period, BigDecimal.ONE, "li.ming", SET));
        var eastRevenue = targets().save(Target.set(east.id(), revenue.id(), period, BigDecimal.TWO, "li.ming", SET));
        var eastOrders = targets().save(Target.set(east.id(), orders.id(), period, BigDecimal.TEN, "li.ming", SET));
        var eastOrdersRevised = targets().save(eastOrders.revise(BigDecimal.ONE, "zhao.min", SET.plusSeconds(9),
                "moved"));
        targets().save(Target.set(east.id(), orders.id(), period.asYear(), BigDecimal.ONE, "li.ming", SET));

        // other tests may have targets in the period: only ours are looked at, and the paging of them all
        var all = targets().ofPeriod(period, PageRequest.first(PageRequest.MAX_LIMIT));
        assertThat(all.stream().filter(t -> List.of(east.id(), west.id()).contains(t.unit())))
                .containsExactly(eastOrdersRevised, eastRevenue, westRevenue);
        var oneByOne = new ArrayList<Target>();
        for (int offset = 0; offset <= all.size(); offset++) {
            oneByOne.addAll(targets().ofPeriod(period, new PageRequest(offset, 1)));
        }
        assertThat(oneByOne).isEqualTo(all);
    }

    @Test
    void a_period_s_targets_of_some_metrics_come_with_all_their_revisions_and_no_others() {
        var period = new Period.Quarter(2027, 2);
        var unit = storedUnit(units()).id();
        var other = storedUnit(units()).id();
        var counted = storedMetric(metrics()).id();
        var alsoCounted = storedMetric(metrics()).id();
        var notCounted = storedMetric(metrics()).id();
        var revised = targets().save(targets().save(Target.set(unit, counted, period, BigDecimal.TEN, "li.ming", SET))
                .revise(new BigDecimal("12"), "zhao.min", SET.plusSeconds(60), "raised"));
        var second = targets().save(Target.set(other, alsoCounted, period, BigDecimal.ONE, "li.ming", SET));
        targets().save(Target.set(unit, notCounted, period, BigDecimal.TWO, "li.ming", SET));
        targets().save(Target.set(unit, counted, period.asYear(), BigDecimal.TWO, "li.ming", SET));

        assertThat(targets().ofPeriod(period, Set.of(counted, alsoCounted))).containsExactlyInAnyOrder(revised, second);
        assertThat(targets().ofPeriod(period, Set.of())).isEmpty();
    }

    @Test
    void a_period_s_targets_are_filtered_by_unit_metric_and_text_and_counted_as_filtered() {
        // other tests may have targets in the period: unfiltered, only ours are looked at
        var period = new Period.Quarter(2030 + (int) (Math.random() * 70), 1 + (int) (Math.random() * 4));
        var prefix = code("F");
        var north = units().save(BusinessUnit.create(prefix + "_NORTH", new BilingualName("华北区", "North"),
                Optional.empty()));
        var south = units().save(unit(prefix + "_SOUTH"));
        var orders = metrics().save(metric(prefix + "_ORDERS", Aggregation.SUM));
        var revenue = metrics().save(metric(prefix + "_REVENUE", Aggregation.SUM));
        var northOrders = targets().save(Target.set(north.id(), orders.id(), period, BigDecimal.ONE, "li.ming", SET));
        var northRevenue = targets().save(Target.set(north.id(), revenue.id(), period, BigDecimal.TWO, "li.ming",
                SET));
        var southRevenue = targets().save(Target.set(south.id(), revenue.id(), period, BigDecimal.TEN, "li.ming",
                SET));
        targets().save(Target.set(south.id(), revenue.id(), period.asYear(), BigDecimal.ONE, "li.ming", SET));

        assertThat(matching(period, TargetFilter.ALL).stream().filter(t -> List.of(north.id(), south.id())
                .contains(t.unit()))).containsExactly(northOrders, northRevenue, southRevenue);
        assertThat(matching(period, new TargetFilter(Optional.of(north.id()), Optional.empty(), "")))
                .containsExactly(northOrders, northRevenue);
        assertThat(matching(period, new TargetFilter(Optional.empty(), Optional.of(revenue.id()), "")))
                .containsExactly(northRevenue, southRevenue);
        assertThat(matching(period, new TargetFilter(Optional.of(south.id()), Optional.of(orders.id()), "")))
                .isEmpty();
        // the text in either code or either name, in any case: a unit's Chinese name, a metric's code
        assertThat(matching(period, new TargetFilter(Optional.empty(), Optional.empty(), "华北")))
                .containsExactly(northOrders, northRevenue);
        assertThat(matching(period, new TargetFilter(Optional.empty(), Optional.empty(), "north")))
                .containsExactly(northOrders, northRevenue);
        assertThat(matching(period, new TargetFilter(Optional.empty(), Optional.empty(),
                " " + prefix.toLowerCase() + "_orders "))).containsExactly(northOrders);
        assertThat(matching(period, new TargetFilter(Optional.empty(), Optional.of(revenue.id()), "south")))
                .containsExactly(southRevenue);
        assertThat(matching(period.asYear(), new TargetFilter(Optional.empty(), Optional.empty(), "华北"))).isEmpty();
        assertThat(targets().ofPeriod(period, new TargetFilter(Optional.empty(), Optional.of(revenue.id()), ""),
                new PageRequest(1, 1))).containsExactly(southRevenue);
    }

    /** The period's targets the filter lets through, read a page at a time; their count agrees. */
    private List<Target> matching(Period period, TargetFilter filter) {
        var all = targets().ofPeriod(period, filter, PageRequest.first(PageRequest.MAX_LIMIT));
        assertThat(targets().count(period, filter)).as("counted as listed").isEqualTo(all.size());
        return all;
    }
}
