package dev.opscharter.domain.risks;

import dev.opscharter.domain.targets.MetricId;

import java.util.Objects;

/** Where a key risk indicator's figure comes from: a metric's actuals in the targets context, or entered by hand. */
public sealed interface FigureSource permits FigureSource.FromMetric, FigureSource.Entered {

    /** The period's figure of a metric of the targets context. */
    record FromMetric(MetricId metric) implements FigureSource {
        public FromMetric {
            Objects.requireNonNull(metric, "metric");
        }
    }

    /** Entered by whoever records the register's figures. */
    record Entered() implements FigureSource {
    }

    static FigureSource entered() {
        return new Entered();
    }
}
