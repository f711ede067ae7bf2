package dev.opscharter.domain.risks;

import dev.opscharter.domain.shared.InvalidValue;

/**
 * A risk's likelihood and impact, each from 1 (rare, negligible) to 5 (almost certain, severe): its score is
 * their product (1–25) and its level follows from the score ({@link RiskLevel}).
 */
public record RiskRating(int likelihood, int impact) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public RiskRating {
        check(likelihood, "likelihood");
        check(impact, "impact");
    }

    private static void check(int value, String field) {
        if (value < MIN || value > MAX) {
            throw new InvalidValue(field, "validation.risks.rating-range", MIN, MAX);
        }
    }

    public int score() {
        return likelihood * impact;
    }

    public RiskLevel level() {
        return RiskLevel.of(score());
    }
}
