package dev.opscharter.domain.targets;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.opscharter.domain.targets.MetricDirection.HIGHER_IS_BETTER;
import static dev.opscharter.domain.targets.MetricDirection.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

class AttainmentTest {

    @Test
    void higher_is_better_divides_the_actual_by_the_target_and_reaching_it_exactly_attains_it() {
        assertThat(attainment("95", "100", HIGHER_IS_BETTER).percent()).contains(new BigDecimal("95.0"));
        assertThat(attainment("95", "100", HIGHER_IS_BETTER).attained()).isFalse();
        assertThat(attainment("100", "100", HIGHER_IS_BETTER).attained()).isTrue();
        assertThat(attainment("130", "100", HIGHER_IS_BETTER).percent()).contains(new BigDecimal("130.0"));
    }

    @Test
    void lower_is_better_divides_the_target_by_the_actual() {
        // order processing time: 2.5 h against a target of 2 h reaches 80 %
        assertThat(attainment("2.5", "2", LOWER_IS_BETTER).percent()).contains(new BigDecimal("80.0"));
        assertThat(attainment("2.5", "2", LOWER_IS_BETTER).attained()).isFalse();
        assertThat(attainment("2", "2", LOWER_IS_BETTER).attained()).isTrue();
        assertThat(attainment("1.6", "2", LOWER_IS_BETTER).percent()).contains(new BigDecimal("125.0"));
    }

    @Test
    void a_zero_denominator_gives_no_percent_but_still_decides_whether_the_target_is_attained() {
        // no complaint against a target of two: attained, though target ÷ 0 is no number
        assertThat(attainment("0", "2", LOWER_IS_BETTER).percent()).isEmpty();
        assertThat(attainment("0", "2", LOWER_IS_BETTER).attained()).isTrue();
        assertThat(attainment("5", "0", HIGHER_IS_BETTER).percent()).isEmpty();
        assertThat(attainment("5", "0", HIGHER_IS_BETTER).attained()).isTrue();
        assertThat(attainment("0", "0", LOWER_IS_BETTER).attained()).isTrue();
    }

    @Test
    void a_negative_value_gives_no_percent() {
        assertThat(attainment("-10", "100", HIGHER_IS_BETTER).percent()).isEmpty();
        assertThat(attainment("-10", "100", HIGHER_IS_BETTER).attained()).isFalse();
        assertThat(attainment("10", "-5", HIGHER_IS_BETTER).percent()).isEmpty();
    }

    @Test
    void the_capped_percent_stops_at_100() {
        assertThat(attainment("130", "100", HIGHER_IS_BETTER).cappedPercent()).contains(new BigDecimal("100.0"));
        assertThat(attainment("90", "100", HIGHER_IS_BETTER).cappedPercent()).contains(new BigDecimal("90.0"));
    }

    @Test
    void a_figure_without_data_has_no_attainment() {
        assertThat(Attainment.of(PeriodFigure.NO_DATA, BigDecimal.TEN, HIGHER_IS_BETTER)).isEmpty();
    }

    /** Rounding to one decimal may show 100.0 for a hair below the target, never the other way round. */
    @Property
    void attained_never_shows_below_100_and_missed_never_above(
            @ForAll @BigRange(min = "0.01", max = "1000000") @Scale(2) BigDecimal actual,
            @ForAll @BigRange(min = "0.01", max = "1000000") @Scale(2) BigDecimal target,
            @ForAll MetricDirection direction) {
        var attainment = new Attainment(actual, target, direction);
        var percent = attainment.percent().orElseThrow();
        if (attainment.attained()) {
            assertThat(percent).isGreaterThanOrEqualTo(new BigDecimal("100.0"));
        } else {
            assertThat(percent).isLessThanOrEqualTo(new BigDecimal("100.0"));
        }
    }

    private static Attainment attainment(String actual, String target, MetricDirection direction) {
        return new Attainment(new BigDecimal(actual), new BigDecimal(target), direction);
    }
}
