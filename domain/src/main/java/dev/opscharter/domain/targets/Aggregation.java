package dev.opscharter.domain.targets;

import java.util.Objects;

/**
 * How a period's figure of a metric follows from its days: revenue is summed, a satisfaction score
 * averaged, active users taken on the last day, a repurchase rate divided out of two other metrics.
 */
public sealed interface Aggregation {

    /** The days' values added up (revenue, orders). */
    record Sum() implements Aggregation {
    }

    /** The mean of the days that have a value (a daily satisfaction score). */
    record Average() implements Aggregation {
    }

    /** The value of the latest day that has one (active users at the end of the period). */
    record Last() implements Aggregation {
    }

    /**
     * The period's sum of {@code numerator} divided by the period's sum of {@code denominator}, times 100
     * when the metric is a percent (repeat orders ÷ orders).
     */
    record Ratio(MetricId numerator, MetricId denominator) implements Aggregation {

        public Ratio {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            if (numerator.equals(denominator)) {
                throw new IllegalArgumentException("a ratio divides two different metrics");
            }
        }
    }

    Aggregation SUM = new Sum();
    Aggregation AVERAGE = new Average();
    Aggregation LAST = new Last();
}
