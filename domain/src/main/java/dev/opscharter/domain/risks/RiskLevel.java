package dev.opscharter.domain.risks;

/**
 * Where a score lands on the 5 × 5 likelihood-impact matrix. A {@link #MAJOR} risk is the director's: the charter
 * reserves its sign-off (closing it, accepting it) for management.
 */
public enum RiskLevel {
    /** 1–4: watched in the quarterly review. */
    LOW(1),
    /** 5–9: controls in place, reviewed monthly. */
    MEDIUM(5),
    /** 10–14: an owner acts on it now. */
    HIGH(10),
    /** 15–25: management signs off its closing (重大风险). */
    MAJOR(15);

    private final int from;

    RiskLevel(int from) {
        this.from = from;
    }

    /** The lowest score of this level. */
    public int from() {
        return from;
    }

    public static RiskLevel of(int score) {
        if (score < LOW.from || score > RiskRating.MAX * RiskRating.MAX) {
            throw new IllegalArgumentException("a score is from 1 to 25: " + score);
        }
        var level = LOW;
        for (var candidate : values()) {
            if (score >= candidate.from) {
                level = candidate;
            }
        }
        return level;
    }

    public boolean isMajor() {
        return this == MAJOR;
    }
}
