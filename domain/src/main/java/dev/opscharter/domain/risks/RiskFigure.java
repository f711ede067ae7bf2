package dev.opscharter.domain.risks;

import dev.opscharter.domain.shared.Require;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A key risk indicator's figure for a month, as recorded, and whether it breached the indicator's threshold when
 * it was recorded. A second figure of the same month replaces the first (a correction).
 */
public record RiskFigure(RiskId risk, KeyRiskIndicatorId indicator, YearMonth month, BigDecimal value,
                         boolean breached, String recordedBy, Instant recordedAt) {

    public RiskFigure {
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(indicator, "indicator");
        Require.present(month, "month");
        Require.present(value, "value");
        recordedBy = Require.text(recordedBy, "recordedBy", 100);
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** The figure judged against the indicator's threshold. */
    public static RiskFigure of(Risk risk, KeyRiskIndicator indicator, YearMonth month, BigDecimal value,
                                String by, Instant at) {
        return new RiskFigure(risk.id(), indicator.id(), month, value, indicator.breachedBy(value), by, at);
    }
}
