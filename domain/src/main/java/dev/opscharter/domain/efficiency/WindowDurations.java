package dev.opscharter.domain.efficiency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * The durations (first to last event) of the cases of a process that started in a window: how many, the
 * median and the 90th percentile (interpolated between neighbours, as PostgreSQL's {@code percentile_cont}).
 */
public record WindowDurations(long cases, Duration median, Duration p90) {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    public WindowDurations {
        if (cases <= 0) {
            throw new IllegalArgumentException("no cases, no durations");
        }
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
    }

    /** The figure in hours, two decimals: what an indicator of a case duration holds. */
    public BigDecimal hours(CaseFigure figure) {
        var duration = figure == CaseFigure.MEDIAN ? median : p90;
        return BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP)
                .divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }
}
