package dev.opscharter.application.targets.service;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.TargetFilter;
import dev.opscharter.application.targets.port.in.TargetQueries.TargetStanding;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.targets.Attainment;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.Metric;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.opscharter.application.targets.service.TargetsFixture.Q1;
import static dev.opscharter.application.targets.service.TargetsFixture.Q2;
import static dev.opscharter.application.targets.service.TargetsFixture.YESTERDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The second quarter of 2026 on 14 May: actuals through the 13th, day 43 of 91. */
class StandingsTest {

    private final TargetsFixture fx = new TargetsFixture();
    private final TargetService service = fx.targetService();
    private BusinessUnit east;
    private Metric revenue;
    private Metric delivery;
    private Metric repurchase;

    @BeforeEach
    void quarter() {
        east = fx.unit("EAST");
        revenue = fx.revenue();
        delivery = fx.deliveryHours();
        var repeat = fx.sum("REPEAT_ORDERS");
        var orders = fx.sum("ORDERS");
        repurchase = fx.ratio("REPURCHASE", repeat, orders);
        fx.target(east, revenue, Q2, "9100");
        fx.target(east, delivery, Q2, "2.0");
        fx.target(east, repurchase, Q2, "20");
        fx.day(east, revenue, "2026-03-31", "50000");
        fx.day(east, revenue, "2026-04-01", "2000");
        fx.day(east, revenue, "2026-05-13", "2300");
        fx.day(east, revenue, "2026-05-14", "999999");
        fx.day(east, delivery, "2026-04-01", "1.5");
        fx.day(east, delivery, "2026-04-02", "2.5");
        fx.day(east, delivery, "2026-04-03", "2.6");
        fx.day(east, orders, "2026-04-01", "200");
        fx.day(east, repeat, "2026-04-01", "50");
        fx.day(east, orders, "2026-04-02", "100");
        fx.day(east, repeat, "2026-04-02", "10");
        fx.org.actAs("auditor", Role.AUDITOR);
    }

    @Test
    void each_target_stands_against_its_actuals_so_far_and_at_this_pace() {
        var standings = service.standings(Q2, TargetFilter.ALL, YESTERDAY, PageRequest.first(50));

        assertThat(standings).extracting(s -> s.metric().code())
                .containsExactly("DELIVERY_HOURS", "REPURCHASE", "REVENUE");
        // a sum so far: 4 300 of 9 100 (the 31 March and 14 May outside), 47.3 %; at this pace 4 300 × 91 ÷ 43
        var sum = standing(standings, revenue);
        assertThat(sum.figure().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4300"));
        assertThat(sum.figure().days()).isEqualTo(2);
        assertThat(sum.attainment().flatMap(Attainment::percent)).contains(new BigDecimal("47.3"));
        assertThat(sum.projection()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9100"));
        assertThat(sum.projectedAttainment()).hasValueSatisfying(a -> {
            assertThat(a.attained()).isTrue();
            assertThat(a.percent()).contains(new BigDecimal("100.0"));
        });
        // 47.3 % halfway through is on pace: the running quarter is judged by where it ends at this pace
        assertThat(sum.expected()).isEqualTo(sum.projectedAttainment());
        // lower is better: 2.2 hours on average against 2.0 is 90.9 % and missed, at any pace
        var mean = standing(standings, delivery);
        assertThat(mean.attainment()).hasValueSatisfying(a -> {
            assertThat(a.attained()).isFalse();
            assertThat(a.percent()).contains(new BigDecimal("90.9"));
        });
        assertThat(mean.projection()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.2"));
        // a ratio of two sums, in percent: 60 repeat orders of 300 is 20 %, the target exactly
        var ratio = standing(standings, repurchase);
        assertThat(ratio.figure().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
        assertThat(ratio.attainment()).hasValueSatisfying(a -> assertThat(a.attained()).isTrue());
    }

    @Test
    void the_actuals_are_added_up_once_per_call_whatever_the_targets() {
        service.standings(Q2, TargetFilter.ALL, YESTERDAY, PageRequest.first(50));

        assertThat(fx.actuals.totalsRead).hasValue(1);
    }

    @Test
    void a_page_holds_its_targets_only() {
        assertThat(service.standings(Q2, TargetFilter.ALL, YESTERDAY, new PageRequest(1, 1))).singleElement()
                .extracting(s -> s.metric().code()).isEqualTo("REPURCHASE");
    }

    @Test
    void the_standings_are_filtered_by_unit_metric_and_text_and_counted_as_filtered() {
        var west = fx.unit("WEST");
        fx.target(west, revenue, Q2, "5000");
        fx.target(west, revenue, Q1, "5000");

        assertThat(codes(TargetFilter.ALL)).containsExactly("EAST DELIVERY_HOURS", "EAST REPURCHASE", "EAST REVENUE",
                "WEST REVENUE");
        assertThat(codes(new TargetFilter(Optional.of(west.id()), Optional.empty(), ""))).containsExactly(
                "WEST REVENUE");
        assertThat(codes(new TargetFilter(Optional.empty(), Optional.of(revenue.id()), ""))).containsExactly(
                "EAST REVENUE", "WEST REVENUE");
        // the text in the unit's or the metric's code or either name, in any case
        assertThat(codes(new TargetFilter(Optional.empty(), Optional.empty(), " repurch "))).containsExactly(
                "EAST REPURCHASE");
        assertThat(codes(new TargetFilter(Optional.empty(), Optional.empty(), "west"))).containsExactly(
                "WEST REVENUE");
        assertThat(codes(new TargetFilter(Optional.of(east.id()), Optional.of(revenue.id()), "nothing"))).isEmpty();
        assertThat(service.standings(Q2, new TargetFilter(Optional.empty(), Optional.of(revenue.id()), ""),
                YESTERDAY, new PageRequest(1, 1))).extracting(s -> s.unit().code()).containsExactly("WEST");
    }

    /** The filter's standings of the second quarter as "unit metric", each check that the count agrees. */
    private List<String> codes(TargetFilter filter) {
        var standings = service.standings(Q2, filter, YESTERDAY, PageRequest.first(50));
        assertThat(service.countStandings(Q2, filter)).as("counted as listed").isEqualTo(standings.size());
        return standings.stream().map(s -> s.unit().code() + " " + s.metric().code()).toList();
    }

    @Test
    void a_finished_period_shows_its_actual_without_a_projection() {
        fx.org.actAs("manager", Role.OPS_MANAGER);
        fx.target(east, revenue, Q1, "60000");

        var standing = service.standings(Q1, TargetFilter.ALL, YESTERDAY, PageRequest.first(50)).getFirst();

        assertThat(standing.figure().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50000"));
        assertThat(standing.attainment()).hasValueSatisfying(a -> assertThat(a.attained()).isFalse());
        assertThat(standing.projection()).isEmpty();
        assertThat(standing.projectedAttainment()).isEmpty();
        assertThat(standing.expected()).as("judged by its actual").isEqualTo(standing.attainment());
    }

    @Test
    void a_target_without_actuals_has_no_data_never_zero() {
        var west = fx.unit("WEST");
        fx.target(west, revenue, Q2, "5000");

        var standing = standing(service.standings(Q2, TargetFilter.ALL, YESTERDAY, PageRequest.first(50)), west);

        assertThat(standing.figure().hasData()).isFalse();
        assertThat(standing.attainment()).isEmpty();
        assertThat(standing.projection()).isEmpty();
    }

    @Test
    void the_trend_shows_the_days_and_a_ratio_its_daily_ratio() {
        assertThat(service.days(east.id(), revenue.id(), Q2)).extracting(DailyActual::day)
                .containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 13), LocalDate.of(2026, 5, 14));
        assertThat(service.days(east.id(), repurchase.id(), Q2)).extracting(DailyActual::day, d -> d.value()
                        .stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 1), "25"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 2), "10"));
    }

    private static TargetStanding standing(List<TargetStanding> standings, Metric metric) {
        return standings.stream().filter(s -> s.metric().id().equals(metric.id())).findFirst().orElseThrow();
    }

    private TargetStanding standing(List<TargetStanding> standings, BusinessUnit unit) {
        return standings.stream().filter(s -> s.unit().id().equals(unit.id()) && s.metric().equals(revenue))
                .findFirst().orElseThrow();
    }
}
