package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.targets.MetricDirection;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.opscharter.domain.targets.MetricDirection.HIGHER_IS_BETTER;
import static dev.opscharter.domain.targets.MetricDirection.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

class ImprovementTest {

    @Test
    void up_is_better_for_output_and_down_is_better_for_processing_time() {
        assertThat(new Improvement(new BigDecimal("40"), new BigDecimal("48"), HIGHER_IS_BETTER).percent())
                .contains(new BigDecimal("20.0"));
        assertThat(new Improvement(new BigDecimal("5"), new BigDecimal("4"), LOWER_IS_BETTER).percent())
                .contains(new BigDecimal("20.0"));
        assertThat(new Improvement(new BigDecimal("5"), new BigDecimal("6"), LOWER_IS_BETTER).percent())
                .contains(new BigDecimal("-20.0"));
    }

    @Test
    void no_baseline_above_zero_no_percent_and_no_expectation_met() {
        var fromNothing = new Improvement(BigDecimal.ZERO, BigDecimal.TEN, HIGHER_IS_BETTER);

        assertThat(fromNothing.percent()).isEmpty();
        assertThat(fromNothing.reaches(BigDecimal.ONE)).isFalse();
    }

    @Test
    void a_tool_meets_the_charter_s_expectation_at_20_percent_inclusive() {
        var crm = new ToolIntroduction("CRM", LocalDate.of(2027, 3, 1),
                new Improvement(new BigDecimal("10"), new BigDecimal("8"), LOWER_IS_BETTER), new Training(2, 30, "2 days"));
        var erp = new ToolIntroduction("ERP", LocalDate.of(2027, 3, 1),
                new Improvement(new BigDecimal("10"), new BigDecimal("8.01"), LOWER_IS_BETTER), Training.NONE);

        assertThat(crm.meetsExpectation()).isTrue();
        assertThat(erp.meetsExpectation()).isFalse();
        assertThat(erp.improvement().orElseThrow().percent()).contains(new BigDecimal("19.9"));
    }

    /** The shown percent rounds; whether an expectation is reached does not, so they can differ by the rounding only. */
    @Property
    void reaching_an_expectation_agrees_with_the_percent_shown(
            @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal baseline,
            @ForAll @BigRange(min = "0", max = "200000") @Scale(2) BigDecimal after,
            @ForAll @BigRange(min = "-50", max = "100") @Scale(1) BigDecimal expected,
            @ForAll MetricDirection direction) {
        var improvement = new Improvement(baseline, after, direction);
        var shown = improvement.percent().orElseThrow();

        if (improvement.reaches(expected)) {
            assertThat(shown).isGreaterThanOrEqualTo(expected);
        } else {
            assertThat(shown).isLessThanOrEqualTo(expected);
        }
    }
}
