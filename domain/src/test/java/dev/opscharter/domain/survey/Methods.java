package dev.opscharter.domain.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * The two satisfaction methods of the plan, written out for these tests (the domain's own
 * {@code SatisfactionMethod} is wired in by the application): counts by score, index 1..5.
 */
final class Methods {

    /** Share of answers 4 or 5. */
    static final Function<long[], Optional<BigDecimal>> TOP_TWO_BOX = counts -> {
        long total = total(counts);
        return total == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf((counts[4] + counts[5]) * 100)
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP));
    };

    /** The mean score mapped to 0–100 %: (mean − 1) ÷ 4. */
    static final Function<long[], Optional<BigDecimal>> MEAN_SCALED = counts -> {
        long total = total(counts);
        long sum = 0;
        for (int score = 1; score <= 5; score++) {
            sum += score * counts[score];
        }
        return total == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf((sum - total) * 100)
                .divide(BigDecimal.valueOf(4 * total), 1, RoundingMode.HALF_UP));
    };

    private Methods() {
    }

    private static long total(long[] counts) {
        long total = 0;
        for (int score = 1; score <= 5; score++) {
            total += counts[score];
        }
        return total;
    }
}
