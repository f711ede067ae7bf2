package dev.opscharter.domain.risks;

import dev.opscharter.domain.shared.Require;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A key risk indicator (关键风险指标) of a risk: a named figure with the threshold beyond which the risk's
 * contingency plan is raised, e.g. "supplier late-delivery rate > 10 %".
 */
public record KeyRiskIndicator(KeyRiskIndicatorId id, String name, RiskThreshold threshold, FigureSource source) {

    public static final int MAX_NAME = 120;

    public KeyRiskIndicator {
        Objects.requireNonNull(id, "id");
        name = Require.text(name, "name", MAX_NAME);
        Require.present(threshold, "threshold");
        Require.present(source, "source");
    }

    public static KeyRiskIndicator of(String name, RiskThreshold threshold, FigureSource source) {
        return new KeyRiskIndicator(KeyRiskIndicatorId.random(), name, threshold, source);
    }

    public boolean breachedBy(BigDecimal figure) {
        return threshold.breachedBy(figure);
    }

    /** The indicator in words for the audit trail and the work item: {@code name > 10}. */
    public String describe() {
        return name + (threshold.side() == RiskThreshold.Side.ABOVE ? " > " : " < ")
                + threshold.limit().toPlainString();
    }
}
