package dev.opscharter.application.targets.service;

import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static dev.opscharter.application.targets.service.TargetsFixture.Q1;
import static dev.opscharter.application.targets.service.TargetsFixture.Q2;
import static org.assertj.core.api.Assertions.assertThat;

/** The scorecard parts the targets give, on 14 May 2026: the second quarter runs, the first has ended. */
class TargetSourcesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final TargetsFixture fx = new TargetsFixture();
    private BusinessUnit east;
    private Metric revenue;
    private Metric delivery;
    private Metric complaints;

    @BeforeEach
    void metrics() {
        east = fx.unit("EAST");
        revenue = fx.revenue();
        delivery = fx.deliveryHours();
        // key only
        complaints = fx.metric("COMPLAINTS", MetricUnit.COUNT, MetricDirection.LOWER_IS_BETTER, Aggregation.SUM,
                true, false);
    }

    @Test
    void core_target_attainment_of_a_running_quarter_counts_each_target_at_this_pace_capped_at_100() {
        fx.target(east, revenue, Q2, "9100");
        fx.target(east, delivery, Q2, "2.0");
        fx.day(east, revenue, "2026-04-01", "2000");
        fx.day(east, revenue, "2026-05-13", "4000");
        fx.day(east, delivery, "2026-04-01", "2.2");

        var value = fx.targetIndicators().valueOf(Part.CORE_TARGET_ATTAINMENT, Q2, SHANGHAI).orElseThrow();

        // revenue at this pace: 6 000 × 91 ÷ 43 = 12 698 of 9 100, counted as 100; delivery 2.0 ÷ 2.2 = 90.9
        assertThat(value.measurement().figure()).contains(new BigDecimal("95.5"));
        assertThat(evidence(value).getFirst()).isEqualTo(new Provenance.Evidence("2026-Q2",
                "evidence.targets.core-attainment-running", List.of("2", "2", "2026-05-13"),
                Optional.of("targets?period=2026-Q2")));
        assertThat(((Provenance.FromRecords) value.provenance()).source()).isEqualTo("targets");
    }

    @Test
    void core_target_attainment_of_an_ended_quarter_is_its_actual() {
        fx.target(east, revenue, Q1, "10000");
        fx.day(east, revenue, "2026-02-01", "9000");

        var value = fx.targetIndicators().valueOf(Part.CORE_TARGET_ATTAINMENT, Q1, SHANGHAI).orElseThrow();

        assertThat(value.measurement().figure()).contains(new BigDecimal("90.0"));
        assertThat(evidence(value).getFirst().detailKey()).isEqualTo("evidence.targets.core-attainment");
        assertThat(evidence(value).getFirst().arguments()).containsExactly("1", "1", "2026-03-31");
    }

    @Test
    void a_year_counts_its_own_targets() {
        var year = new Period.Year(2026);
        fx.target(east, revenue, year, "36400");
        fx.target(east, revenue, Q1, "1");
        fx.day(east, revenue, "2026-01-01", "13300");

        var value = fx.targetIndicators().valueOf(Part.CORE_TARGET_ATTAINMENT, year, SHANGHAI).orElseThrow();

        // 13 300 in the first 133 days of 365: 36 500 at this pace, over the target: 100
        assertThat(value.measurement().figure()).contains(new BigDecimal("100.0"));
        assertThat(evidence(value).getFirst().arguments()).containsExactly("1", "1", "2026-05-13");
    }

    @Test
    void core_targets_without_actuals_give_no_figure_and_no_core_targets_leave_the_figure_to_hand_entry() {
        var source = fx.targetIndicators();
        fx.target(east, complaints, Q2, "10");

        assertThat(source.valueOf(Part.CORE_TARGET_ATTAINMENT, Q2, SHANGHAI)).isEmpty();
        assertThat(source.leavesGapsToHandEntry()).isTrue();

        fx.target(east, revenue, Q2, "9100");
        var value = source.valueOf(Part.CORE_TARGET_ATTAINMENT, Q2, SHANGHAI).orElseThrow();
        assertThat(value.measurement().figure()).isEmpty();
        assertThat(source.valueOf(Part.CORE_TARGET_ATTAINMENT, new Period.Quarter(2026, 3), SHANGHAI)).isEmpty();
        assertThat(source.valueOf(Part.CORE_STAFF_RETENTION, Q2, SHANGHAI)).isEmpty();
    }

    @Test
    void key_indicators_unmet_counts_the_missed_and_at_the_end_the_unrecorded() {
        var west = fx.unit("WEST");
        fx.target(east, revenue, Q1, "10000");
        fx.target(east, complaints, Q1, "5");
        fx.target(west, revenue, Q1, "3000");
        fx.target(east, delivery, Q1, "1.0");
        fx.day(east, revenue, "2026-03-31", "10000");
        fx.day(east, complaints, "2026-03-01", "7");

        var value = fx.targetIndicators().valueOf(Part.KEY_INDICATORS_UNMET, Q1, SHANGHAI).orElseThrow();

        // east's complaints missed; west's revenue never recorded; delivery is no key indicator
        assertThat(value.measurement().figure()).contains(BigDecimal.valueOf(2));
        assertThat(evidence(value)).extracting(Provenance.Evidence::label, Provenance.Evidence::detailKey,
                        Provenance.Evidence::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-Q1", "evidence.targets.key-indicators",
                                List.of("3", "2", "2026-03-31")),
                        org.assertj.core.groups.Tuple.tuple("EAST COMPLAINTS", "evidence.targets.key-unmet",
                                List.of("7", "5")),
                        org.assertj.core.groups.Tuple.tuple("WEST REVENUE", "evidence.targets.key-no-data",
                                List.of("3000")));
        assertThat(evidence(value)).allSatisfy(e -> assertThat(e.link()).contains("targets?period=2026-Q1"));
    }

    @Test
    void while_the_quarter_runs_a_key_indicator_counts_at_this_pace_and_an_unrecorded_one_not_yet() {
        var west = fx.unit("WEST");
        fx.target(east, complaints, Q2, "10");
        fx.target(west, revenue, Q2, "3000");
        // 8 complaints in 43 days: about 17 by the end of June
        fx.day(east, complaints, "2026-04-10", "8");

        var value = fx.targetIndicators().valueOf(Part.KEY_INDICATORS_UNMET, Q2, SHANGHAI).orElseThrow();

        assertThat(value.measurement().figure()).contains(BigDecimal.ONE);
        assertThat(evidence(value)).extracting(Provenance.Evidence::detailKey)
                .containsExactly("evidence.targets.key-indicators-running", "evidence.targets.key-unmet-running");
    }

    @Test
    void both_parts_of_several_periods_at_once_are_what_each_gives_alone() {
        var west = fx.unit("WEST");
        fx.target(east, revenue, Q1, "10000");
        fx.target(east, complaints, Q1, "5");
        fx.target(west, complaints, Q2, "10");
        fx.target(west, revenue, Q2, "3000");
        fx.day(east, revenue, "2026-03-31", "9000");
        fx.day(east, complaints, "2026-03-01", "7");
        fx.day(west, complaints, "2026-04-10", "3");
        var source = fx.targetIndicators();
        var parts = Set.of(Part.CORE_TARGET_ATTAINMENT, Part.KEY_INDICATORS_UNMET);

        var together = source.valuesOf(parts, List.of(Q1, Q2), SHANGHAI);
        assertThat(fx.actuals.totalsRead).as("one read of each period's actuals for both parts").hasValue(2);

        var alone = parts.stream().flatMap(part -> Stream.of(Q1, Q2)
                .flatMap(period -> source.valueOf(part, period, SHANGHAI).stream())).toList();
        assertThat(alone).hasSize(4);
        assertThat(together).containsExactlyInAnyOrderElementsOf(alone);
        assertThat(source.valuesOf(Set.of(Part.CORE_STAFF_RETENTION), List.of(Q1), SHANGHAI)).isEmpty();
    }

    @Test
    void customer_satisfaction_is_its_metric_s_figure_over_every_unit_s_days_through_yesterday() {
        var source = fx.customerSatisfaction();
        assertThat(source.valueOf(Part.CUSTOMER_SATISFACTION, Q1, SHANGHAI)).as("no such metric").isEmpty();
        var satisfaction = fx.metric(Metric.CUSTOMER_SATISFACTION, MetricUnit.PERCENT,
                MetricDirection.HIGHER_IS_BETTER, Aggregation.AVERAGE, false, false);
        var west = fx.unit("WEST");
        fx.day(east, satisfaction, "2026-03-01", "92");
        fx.day(east, satisfaction, "2026-03-02", "90.2");
        fx.day(west, satisfaction, "2026-03-01", "85");
        fx.day(east, satisfaction, "2026-05-13", "95");
        fx.day(east, satisfaction, "2026-05-14", "10"); // today's: not counted before tomorrow

        var q1 = source.valueOf(Part.CUSTOMER_SATISFACTION, Q1, SHANGHAI).orElseThrow();
        var q2 = source.valueOf(Part.CUSTOMER_SATISFACTION, Q2, SHANGHAI).orElseThrow();

        // (92 + 90.2 + 85) ÷ 3 = 89.0666…, to one decimal
        assertThat(q1.measurement().figure()).contains(new BigDecimal("89.1"));
        assertThat(evidence(q1)).singleElement().satisfies(e -> {
            assertThat(e.arguments()).containsExactly(Metric.CUSTOMER_SATISFACTION, "3", "2026-03-31");
            assertThat(e.link()).contains("targets?period=2026-Q1");
        });
        assertThat(q2.measurement().figure()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("95"));
        assertThat(evidence(q2).getFirst().arguments()).containsExactly(Metric.CUSTOMER_SATISFACTION, "1",
                "2026-05-13");
        assertThat(source.valueOf(Part.CUSTOMER_SATISFACTION, new Period.Quarter(2026, 3), SHANGHAI)).isEmpty();
        assertThat(source.valueOf(Part.CORE_TARGET_ATTAINMENT, Q1, SHANGHAI)).isEmpty();
        assertThat(source.leavesGapsToHandEntry()).isTrue();
    }

    private static List<Provenance.Evidence> evidence(PartValue value) {
        return ((Provenance.FromRecords) value.provenance()).evidence();
    }
}
