package dev.opscharter.domain.survey;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.opscharter.domain.survey.SatisfactionMethod.MEAN_SCALED;
import static dev.opscharter.domain.survey.SatisfactionMethod.TOP_TWO_BOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SatisfactionMethodTest {

    @Test
    void five_four_three_two_is_half_in_the_top_two_boxes_and_sixty_two_and_a_half_scaled() {
        var scores = List.of(5, 4, 3, 2);
        assertThat(TOP_TWO_BOX.percentOf(scores)).contains(new BigDecimal("50.0"));
        assertThat(MEAN_SCALED.percentOf(scores)).contains(new BigDecimal("62.5"));
    }

    @Test
    void the_ends_of_the_scale_are_zero_and_a_hundred_percent() {
        assertThat(TOP_TWO_BOX.percentOf(List.of(1, 2, 3))).contains(new BigDecimal("0.0"));
        assertThat(TOP_TWO_BOX.percentOf(List.of(4, 5))).contains(new BigDecimal("100.0"));
        assertThat(MEAN_SCALED.percentOf(List.of(1, 1))).contains(new BigDecimal("0.0"));
        assertThat(MEAN_SCALED.percentOf(List.of(5))).contains(new BigDecimal("100.0"));
    }

    @Test
    void no_answers_is_no_data_never_zero() {
        assertThat(TOP_TWO_BOX.percentOf(List.of())).isEmpty();
        assertThat(MEAN_SCALED.percent(new long[5])).isEmpty();
    }

    @Test
    void one_decimal_rounded_half_up_from_the_exact_quotient() {
        // 2 of 3 = 66.666… → 66.7; 17 of 20 = 85 exactly
        assertThat(TOP_TWO_BOX.percent(new long[]{1, 0, 0, 1, 1})).contains(new BigDecimal("66.7"));
        assertThat(TOP_TWO_BOX.percent(new long[]{0, 0, 3, 10, 7})).contains(new BigDecimal("85.0"));
        // 1 of 8 = 12.5 exactly, 1 of 16 = 6.25 → 6.3 (half up, not half even)
        assertThat(TOP_TWO_BOX.percent(new long[]{7, 0, 0, 0, 1})).contains(new BigDecimal("12.5"));
        assertThat(TOP_TWO_BOX.percent(new long[]{15, 0, 0, 0, 1})).contains(new BigDecimal("6.3"));
        // mean of 4,4,5 = 13/3 → (13/3 − 1) / 4 = 83.333… → 83.3
        assertThat(MEAN_SCALED.percentOf(List.of(4, 4, 5))).contains(new BigDecimal("83.3"));
    }

    @Test
    void counts_are_five_and_never_negative() {
        assertThatThrownBy(() -> TOP_TWO_BOX.percent(new long[4])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TOP_TWO_BOX.percent(new long[]{0, 0, -1, 1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SatisfactionMethod.countsOf(List.of(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SatisfactionMethod.countsOf(List.of(6))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void large_counts_do_not_overflow() {
        long many = Long.MAX_VALUE / 2;
        assertThat(MEAN_SCALED.percent(new long[]{0, 0, 0, 0, many})).contains(new BigDecimal("100.0"));
        assertThat(TOP_TWO_BOX.percent(new long[]{many, 0, 0, 0, many})).contains(new BigDecimal("50.0"));
    }

    @Property
    void every_figure_lies_between_zero_and_a_hundred_with_one_decimal(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 5) Integer> scores,
            @ForAll SatisfactionMethod method) {
        var percent = method.percentOf(scores).orElseThrow();
        assertThat(percent.scale()).isEqualTo(1);
        assertThat(percent).isBetween(BigDecimal.ZERO, new BigDecimal("100.0"));
    }

    @Property
    void the_order_of_the_answers_does_not_matter_and_better_answers_never_lower_the_figure(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 4) Integer> scores,
            @ForAll SatisfactionMethod method) {
        var reversed = scores.reversed();
        assertThat(method.percentOf(reversed)).isEqualTo(method.percentOf(scores));
        var better = scores.stream().map(s -> s + 1).toList();
        assertThat(method.percentOf(better).orElseThrow())
                .isGreaterThanOrEqualTo(method.percentOf(scores).orElseThrow());
    }
}
