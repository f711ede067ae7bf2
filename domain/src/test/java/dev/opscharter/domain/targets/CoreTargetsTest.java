package dev.opscharter.domain.targets;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static dev.opscharter.domain.targets.MetricDirection.HIGHER_IS_BETTER;
import static dev.opscharter.domain.targets.MetricDirection.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

class CoreTargetsTest {

    @Test
    void core_attainment_is_the_mean_of_the_capped_percents_so_one_beaten_target_hides_no_miss() {
        var revenue = new Attainment(new BigDecimal("130"), new BigDecimal("100"), HIGHER_IS_BETTER); // 100 capped
        var users = new Attainment(new BigDecimal("90"), new BigDecimal("100"), HIGHER_IS_BETTER); // 90

        assertThat(CoreTargets.attainment(List.of(revenue, users))).contains(new BigDecimal("95.0"));
    }

    @Test
    void targets_without_a_percent_do_not_count_and_none_with_one_is_no_figure() {
        var noComplaints = new Attainment(BigDecimal.ZERO, new BigDecimal("2"), LOWER_IS_BETTER);
        var users = new Attainment(new BigDecimal("90"), new BigDecimal("100"), HIGHER_IS_BETTER);

        assertThat(CoreTargets.attainment(List.of(noComplaints, users))).contains(new BigDecimal("90.0"));
        assertThat(CoreTargets.attainment(List.of(noComplaints))).isEmpty();
        assertThat(CoreTargets.attainment(List.of())).isEmpty();
    }

    @Test
    void a_key_indicator_missed_counts_and_one_without_data_counts_once_the_period_has_ended() {
        var met = Optional.of(new Attainment(new BigDecimal("100"), new BigDecimal("100"), HIGHER_IS_BETTER));
        var missed = Optional.of(new Attainment(new BigDecimal("3"), new BigDecimal("2"), LOWER_IS_BETTER));
        var unrecorded = Optional.<Attainment>empty();

        assertThat(CoreTargets.unmet(List.of(met, missed, unrecorded), false)).isEqualTo(1);
        assertThat(CoreTargets.unmet(List.of(met, missed, unrecorded), true)).isEqualTo(2);
        assertThat(CoreTargets.unmet(List.of(met), true)).isZero();
    }
}
