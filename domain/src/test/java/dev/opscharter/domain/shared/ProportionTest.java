package dev.opscharter.domain.shared;

import dev.opscharter.domain.complaints.MajorComplaintRate;
import dev.opscharter.domain.compliance.Rate;
import dev.opscharter.domain.incidents.Timeliness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProportionTest {

    @Test
    void nothing_counted_is_no_figure_not_zero_or_a_hundred_percent() {
        for (Proportion none : new Proportion[]{Rate.NONE, Timeliness.NONE, new MajorComplaintRate(0, 0)}) {
            assertThat(none.defined()).isFalse();
            assertThat(none.fraction()).isEmpty();
        }
    }

    @Test
    void the_fraction_is_the_part_over_the_whole_at_both_ends() {
        assertThat(new Rate(3, 4).fraction()).hasValue(0.75);
        assertThat(new Timeliness(5, 5).fraction()).hasValue(1.0);
        assertThat(new MajorComplaintRate(0, 1_000).fraction()).hasValue(0.0);
        assertThat(new MajorComplaintRate(0, 1_000).defined()).isTrue();
    }

    @Test
    void a_part_below_zero_or_above_its_whole_is_refused() {
        assertThatThrownBy(() -> new Rate(5, 4)).isInstanceOf(IllegalArgumentException.class).hasMessage("rate 5/4");
        assertThatThrownBy(() -> new Timeliness(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MajorComplaintRate(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
