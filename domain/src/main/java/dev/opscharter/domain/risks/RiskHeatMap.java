package dev.opscharter.domain.risks;

import java.util.Arrays;

/** How many risks stand on each cell of the 5 × 5 likelihood-impact matrix. */
public final class RiskHeatMap {

    private final long[][] counts = new long[RiskRating.MAX][RiskRating.MAX];

    public RiskHeatMap add(RiskRating rating, long count) {
        counts[rating.likelihood() - 1][rating.impact() - 1] += count;
        return this;
    }

    public RiskHeatMap add(RiskRating rating) {
        return add(rating, 1);
    }

    public long count(int likelihood, int impact) {
        var cell = new RiskRating(likelihood, impact);
        return counts[cell.likelihood() - 1][cell.impact() - 1];
    }

    public long count(RiskLevel level) {
        long total = 0;
        for (int l = RiskRating.MIN; l <= RiskRating.MAX; l++) {
            for (int i = RiskRating.MIN; i <= RiskRating.MAX; i++) {
                if (new RiskRating(l, i).level() == level) {
                    total += counts[l - 1][i - 1];
                }
            }
        }
        return total;
    }

    public long total() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RiskHeatMap map && Arrays.deepEquals(counts, map.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(counts);
    }
}
