package dev.opscharter.domain.complaints;

import dev.opscharter.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintsTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void a_day_has_no_more_major_complaints_than_complaints() {
        assertThat(new ComplaintCount(DAY, 3, 3).major()).isEqualTo(3);
        assertThatThrownBy(() -> new ComplaintCount(DAY, 3, 4)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ComplaintCount(DAY, -1, 0)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void the_rate_is_major_over_all_of_the_period_and_no_complaint_is_no_figure() {
        var rate = MajorComplaintRate.of(List.of(new ComplaintCount(DAY, 600, 1), new ComplaintCount(DAY.plusDays(1), 400, 3)));
        assertThat(rate).isEqualTo(new MajorComplaintRate(4, 1000));
        assertThat(rate.fraction()).hasValue(0.004);

        var none = MajorComplaintRate.of(List.of(new ComplaintCount(DAY, 0, 0)));
        assertThat(none.defined()).isFalse();
        assertThat(none.fraction()).isEmpty();
    }
}
