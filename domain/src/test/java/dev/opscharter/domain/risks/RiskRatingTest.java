package dev.opscharter.domain.risks;

import dev.opscharter.domain.shared.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskRatingTest {

    @ParameterizedTest(name = "{0} × {1} = {2}, {3}")
    @CsvSource({
            "1, 1, 1, LOW", "2, 2, 4, LOW", "1, 5, 5, MEDIUM", "3, 3, 9, MEDIUM", "2, 5, 10, HIGH",
            "4, 3, 12, HIGH", "3, 5, 15, MAJOR", "4, 4, 16, MAJOR", "5, 5, 25, MAJOR"})
    void the_score_is_likelihood_times_impact_and_its_level_starts_at_each_edge(int likelihood, int impact,
                                                                              int score, RiskLevel level) {
        var rating = new RiskRating(likelihood, impact);

        assertThat(rating.score()).isEqualTo(score);
        assertThat(rating.level()).isEqualTo(level);
        assertThat(rating.level().isMajor()).isEqualTo(level == RiskLevel.MAJOR);
    }

    @Test
    void each_level_begins_where_the_one_below_ends() {
        assertThat(RiskLevel.of(4)).isEqualTo(RiskLevel.LOW);
        assertThat(RiskLevel.of(5)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskLevel.of(9)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskLevel.of(10)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskLevel.of(14)).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskLevel.of(15)).isEqualTo(RiskLevel.MAJOR);
        assertThatThrownBy(() -> RiskLevel.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskLevel.of(26)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rating_outside_one_to_five_is_refused_naming_its_field() {
        assertThatThrownBy(() -> new RiskRating(0, 3)).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("likelihood"));
        assertThatThrownBy(() -> new RiskRating(3, 6)).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("impact"));
    }

    @Test
    void a_threshold_is_breached_strictly_beyond_its_limit_on_its_side() {
        var lateDeliveries = new RiskThreshold(RiskThreshold.Side.ABOVE, new BigDecimal("10"));
        var stockCover = new RiskThreshold(RiskThreshold.Side.BELOW, new BigDecimal("5"));

        assertThat(lateDeliveries.breachedBy(new BigDecimal("9.99"))).isFalse();
        assertThat(lateDeliveries.breachedBy(new BigDecimal("10.00"))).as("the limit itself holds").isFalse();
        assertThat(lateDeliveries.breachedBy(new BigDecimal("10.01"))).isTrue();
        assertThat(stockCover.breachedBy(new BigDecimal("5.01"))).isFalse();
        assertThat(stockCover.breachedBy(new BigDecimal("5"))).as("the limit itself holds").isFalse();
        assertThat(stockCover.breachedBy(new BigDecimal("4.99"))).isTrue();
        assertThatThrownBy(() -> new RiskThreshold(RiskThreshold.Side.ABOVE, null))
                .isInstanceOf(InvalidValue.class);
    }
}
