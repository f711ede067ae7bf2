package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;

import java.util.Objects;

/**
 * What the business is measured by (revenue, user growth, repurchase rate, on-time delivery rate, …):
 * how it is shown, which way it improves and how a period's figure follows from the days. A key
 * indicator must not be missed ("no key indicator unmet" vetoes the scorecard); a core metric's targets
 * make the core target attainment. The metric coded {@value #CUSTOMER_SATISFACTION}, a percent, is the
 * scorecard's customer satisfaction (客户满意度, SPEC §2) wherever its days are recorded.
 */
public record Metric(MetricId id, String code, BilingualName name, MetricUnit unit, MetricDirection direction,
                     Aggregation aggregation, boolean key, boolean core, long version) {

    /** The code of the metric that measures customer satisfaction for the scorecard. */
    public static final String CUSTOMER_SATISFACTION = "CUSTOMER_SATISFACTION";

    public Metric {
        Objects.requireNonNull(id, "id");
        code = Codes.checked(code, "validation.targets.metric-code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(aggregation, "aggregation");
        if (aggregation instanceof Aggregation.Ratio ratio
                && (ratio.numerator().equals(id) || ratio.denominator().equals(id))) {
            throw new InvalidValue("aggregation", "validation.targets.ratio-of-itself");
        }
    }

    /** Whether this metric is the scorecard's customer satisfaction: its code, and a percent. */
    public boolean measuresCustomerSatisfaction() {
        return code.equals(CUSTOMER_SATISFACTION) && unit == MetricUnit.PERCENT;
    }

    public static Metric create(String code, BilingualName name, MetricUnit unit, MetricDirection direction,
                                Aggregation aggregation, boolean key, boolean core) {
        return new Metric(MetricId.random(), code, name, unit, direction, aggregation, key, core, 0);
    }
}
