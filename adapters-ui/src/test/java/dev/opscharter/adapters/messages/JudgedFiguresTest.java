package dev.opscharter.adapters.messages;

import dev.opscharter.domain.appraisal.Direction;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Threshold;
import dev.opscharter.domain.complaints.MajorComplaintRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class JudgedFiguresTest {

    private static final Threshold ALL = new Threshold(Direction.AT_LEAST, new BigDecimal("100"));
    private static final Threshold AT_MOST_HALF = new Threshold(Direction.AT_MOST, new BigDecimal("0.5"));

    @ParameterizedTest(name = "{0} % against ≥ 100 % reads {1}")
    @CsvSource({
            "99.96, 99.96%", // one decimal would read 100.0%: onto the threshold while failing
            "99.94, 99.9%", // short of it with one decimal: as usual
            "100, 100.0%", // exactly on it meets it
            "100.04, 100.0%", // above it, rounded down onto it, still meets it
            "99.99996, 99.9999%", // four decimals are the most: rounded down, towards failing
            "0, 0.0%"})
    void a_failing_figure_never_reads_as_meeting_at_least_its_threshold(String figure, String shown) {
        assertThat(JudgedFigures.percent(new BigDecimal(figure), ALL, 1, Locale.ENGLISH)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} % against ≤ 0.5 % reads {1}")
    @CsvSource({
            "0.504, 0.504%", // two decimals would read 0.50%: onto the threshold while above it
            "0.505, 0.505%", // half even would go down to 0.50%
            "0.5, 0.50%", // exactly on it meets it
            "0.496, 0.50%", // below it, rounded up onto it, still meets it
            "0.50000001, 0.5001%", // four decimals are the most: rounded up, towards failing
            "0.31, 0.31%"})
    void a_failing_figure_never_reads_as_meeting_at_most_its_threshold(String figure, String shown) {
        assertThat(JudgedFigures.percent(new BigDecimal(figure), AT_MOST_HALF, 2, Locale.ENGLISH)).isEqualTo(shown);
    }

    @Test
    void a_figure_that_meets_its_threshold_is_not_rounded_below_it() {
        var atLeast = new Threshold(Direction.AT_LEAST, new BigDecimal("94.94"));
        assertThat(JudgedFigures.rounded(new BigDecimal("94.94"), atLeast, 1)).isEqualByComparingTo("94.94");
        assertThat(JudgedFigures.rounded(new BigDecimal("94.93"), atLeast, 1)).isEqualByComparingTo("94.9");
        var fine = new Threshold(Direction.AT_LEAST, new BigDecimal("94.94444"));
        assertThat(JudgedFigures.rounded(new BigDecimal("94.94444"), fine, 1)).as("at the most decimals, up")
                .isEqualByComparingTo("94.9445");
    }

    @Test
    void plain_numbers_are_judged_alike() {
        var atLeastThree = new Threshold(Direction.AT_LEAST, new BigDecimal("3"));
        assertThat(JudgedFigures.rounded(new BigDecimal("2.6"), atLeastThree, 0)).isEqualByComparingTo("2.6");
        assertThat(JudgedFigures.rounded(new BigDecimal("3.4"), atLeastThree, 0)).isEqualByComparingTo("3");
        var none = new Threshold(Direction.AT_MOST, BigDecimal.ZERO);
        assertThat(JudgedFigures.rounded(new BigDecimal("0.00001"), none, 0)).isEqualByComparingTo("0.0001");
        assertThat(JudgedFigures.rounded(BigDecimal.ZERO, none, 0)).isEqualByComparingTo("0");
    }

    @Test
    void a_rate_is_judged_on_its_exact_percentage_in_the_readers_language() {
        var rate = new MajorComplaintRate(1, 199);
        var threshold = JudgedFigures.charterThreshold(Part.MAJOR_COMPLAINT_RATE);
        assertThat(JudgedFigures.percent(rate, threshold, 2, Locale.ENGLISH)).as("0.5025…%").isEqualTo("0.503%");
        assertThat(JudgedFigures.percent(new MajorComplaintRate(1, 200), threshold, 2, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("0.50%");
        assertThat(JudgedFigures.percent(new MajorComplaintRate(1, 3), threshold, 2, Locale.ENGLISH))
                .isEqualTo("33.33%");
    }

    @Test
    void without_a_threshold_at_hand_a_figure_is_rounded_towards_failing() {
        assertThat(JudgedFigures.towardsFailing(Direction.AT_LEAST)).isEqualTo(RoundingMode.FLOOR);
        assertThat(JudgedFigures.towardsFailing(Direction.AT_MOST)).isEqualTo(RoundingMode.CEILING);
        var wording = new ScorecardWording(Locale.ENGLISH, ZoneId.of("Asia/Shanghai"), UnaryOperator.identity());
        assertThat(wording.figure(new BigDecimal("99.96"), Part.TRAINING_PLAN_COMPLETION)).isEqualTo("99.96%");
        assertThat(wording.figure(new BigDecimal("99.999999"), Part.TRAINING_PLAN_COMPLETION)).isEqualTo("99.9999%");
        assertThat(wording.figure(new BigDecimal("0.500001"), Part.MAJOR_COMPLAINT_RATE)).isEqualTo("0.5001%");
        assertThat(wording.figure(new BigDecimal("0.000001"), Part.MAJOR_ACCIDENTS)).as("not 0 against ≤ 0")
                .isEqualTo("0.0001");
        assertThat(wording.figure(new BigDecimal("0.000001"), Part.RISK_INCIDENCE)).isEqualTo("0.0001%");
        assertThat(wording.figure(new BigDecimal("0.000001"), Part.CORE_TARGET_ATTAINMENT)).isEqualTo("0%");
        assertThat(wording.figure(new BigDecimal("100"), Part.TRAINING_PLAN_COMPLETION)).isEqualTo("100%");
    }
}
