package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static dev.opscharter.domain.targets.PeriodFigureTest.metric;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectionTest {

    private static final Period.Quarter Q1 = new Period.Quarter(2027, 1); // 90 days

    @Test
    void a_sum_is_extrapolated_from_the_days_so_far_to_the_whole_period() {
        var revenue = metric("REVENUE", MetricUnit.MONEY, Aggregation.SUM);
        var firstThirtyDays = new PeriodFigure(Optional.of(new BigDecimal("300")), 30);

        var projected = Projection.of(revenue, firstThirtyDays, Q1, LocalDate.of(2027, 1, 30));

        assertThat(projected).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("900"));
        // "at this pace: 90 % of target" for a target of 1 000
        assertThat(new Attainment(projected.orElseThrow(), new BigDecimal("1000"), MetricDirection.HIGHER_IS_BETTER)
                .percent()).contains(new BigDecimal("90.0"));
    }

    @Test
    void a_mean_a_last_value_and_a_ratio_project_themselves() {
        var soFar = new PeriodFigure(Optional.of(new BigDecimal("8.5")), 10);
        for (var aggregation : new Aggregation[]{Aggregation.AVERAGE, Aggregation.LAST,
                new Aggregation.Ratio(MetricId.random(), MetricId.random())}) {
            assertThat(Projection.of(metric("M", MetricUnit.SCORE, aggregation), soFar, Q1, LocalDate.of(2027, 1, 10)))
                    .contains(new BigDecimal("8.5"));
        }
    }

    @Test
    void a_finished_period_projects_its_actual_and_one_not_begun_nothing() {
        var revenue = metric("REVENUE", MetricUnit.MONEY, Aggregation.SUM);
        var whole = new PeriodFigure(Optional.of(new BigDecimal("1234")), 90);

        assertThat(Projection.of(revenue, whole, Q1, LocalDate.of(2027, 3, 31))).contains(new BigDecimal("1234"));
        assertThat(Projection.of(revenue, whole, Q1, LocalDate.of(2027, 6, 1))).contains(new BigDecimal("1234"));
        assertThat(Projection.of(revenue, whole, Q1, LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(Projection.of(revenue, PeriodFigure.NO_DATA, Q1, LocalDate.of(2027, 2, 1))).isEmpty();
    }

    @Test
    void a_year_counts_its_own_days() {
        var revenue = metric("REVENUE", MetricUnit.MONEY, Aggregation.SUM);
        var firstDay = new PeriodFigure(Optional.of(new BigDecimal("10")), 1);

        assertThat(Projection.of(revenue, firstDay, new Period.Year(2028), LocalDate.of(2028, 1, 1)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3660")); // a leap year
    }
}
