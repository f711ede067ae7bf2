package dev.opscharter.domain.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a group's Likert answers become one satisfaction percentage, chosen per campaign. Exact
 * decimal arithmetic, one decimal rounded half up at the end only, so 84.95 % is 85.0 % and meets
 * the standard the same way in every view, export and the scorecard.
 */
public enum SatisfactionMethod {
    /** The share of answers that are 4 or 5 (SPEC's default). */
    TOP_TWO_BOX,
    /** The mean score mapped onto 0–100 %: (mean − 1) ÷ 4, so 1 is 0 % and 5 is 100 %. */
    MEAN_SCALED;

    public static final int SCALE = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal QUARTER_OF_HUNDRED = BigDecimal.valueOf(25);

    /**
     * The percentage, scale 1, of answers counted by score: {@code countsByScore[s - 1]} answers of
     * score {@code s} (five counts). Empty when there are no answers: no data, never 0 %.
     */
    public Optional<BigDecimal> percent(long[] countsByScore) {
        if (countsByScore.length != Response.MAX_SCORE || Arrays.stream(countsByScore).anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("five non-negative counts, for the scores 1 to 5");
        }
        var total = BigDecimal.ZERO;
        var sum = BigDecimal.ZERO;
        for (int i = 0; i < countsByScore.length; i++) {
            var count = BigDecimal.valueOf(countsByScore[i]);
            total = total.add(count);
            sum = sum.add(count.multiply(BigDecimal.valueOf(i + 1L)));
        }
        if (total.signum() == 0) {
            return Optional.empty();
        }
        var numerator = switch (this) {
            case TOP_TWO_BOX -> BigDecimal.valueOf(countsByScore[3]).add(BigDecimal.valueOf(countsByScore[4]))
                    .multiply(HUNDRED);
            // ((sum ÷ total) − 1) ÷ 4 × 100 = (sum − total) × 25 ÷ total
            case MEAN_SCALED -> sum.subtract(total).multiply(QUARTER_OF_HUNDRED);
        };
        return Optional.of(numerator.divide(total, SCALE, RoundingMode.HALF_UP));
    }

    /** The answers counted by score, for {@link #percent}; refuses a score off the 1–5 scale. */
    public static long[] countsOf(Iterable<Integer> scores) {
        var counts = new long[Response.MAX_SCORE];
        for (int score : scores) {
            if (score < Response.MIN_SCORE || score > Response.MAX_SCORE) {
                throw new IllegalArgumentException("score off the scale: " + score);
            }
            counts[score - 1]++;
        }
        return counts;
    }

    public Optional<BigDecimal> percentOf(Iterable<Integer> scores) {
        return percent(countsOf(scores));
    }
}
