package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.port.out.BusinessUnits;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;

import java.util.Optional;
import java.util.UUID;

/** Fresh codes, units and metrics for the targets' contracts: the database is shared by every test. */
final class TargetsFixtures {

    private TargetsFixtures() {
    }

    /** A code no other test uses: the prefix, then 12 random hex digits. */
    static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    static BusinessUnit unit(String code) {
        return BusinessUnit.create(code, new BilingualName("华东区 " + code, "East " + code), Optional.empty());
    }

    static Metric metric(String code, Aggregation aggregation) {
        return Metric.create(code, new BilingualName("营收 " + code, "Revenue " + code), MetricUnit.MONEY,
                MetricDirection.HIGHER_IS_BETTER, aggregation, false, true);
    }

    static BusinessUnit storedUnit(BusinessUnits units) {
        return units.save(unit(code("U")));
    }

    static Metric storedMetric(Metrics metrics) {
        return metrics.save(metric(code("M"), Aggregation.SUM));
    }
}
