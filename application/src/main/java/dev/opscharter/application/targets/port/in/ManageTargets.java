package dev.opscharter.application.targets.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MetricUnit;
import dev.opscharter.domain.targets.Target;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Managers and directors keep the business units, the metrics and the targets
 * ({@code TargetsPermission.MANAGE}). Every change is audited; each names the version the user saw.
 */
public interface ManageTargets {

    /** A new unit, once per request: the same {@code request} again answers the unit it created. */
    BusinessUnitId createUnit(RequestKey request, UnitDraft draft);

    void editUnit(BusinessUnitId id, UnitDraft draft, long version);

    /** A new metric, once per request; a ratio names two other metrics that exist. */
    MetricId createMetric(RequestKey request, MetricDraft draft);

    void editMetric(MetricId id, MetricDraft draft, long version);

    /**
     * Sets a year's or a quarter's target: its first value ({@code version} 0, no reason needed) or a new
     * value with its reason ({@code version} the revisions the user saw). Setting the first value twice
     * (a double click) answers the target set.
     */
    Target setTarget(BusinessUnitId unit, MetricId metric, Period period, BigDecimal value, String reason,
                     long version);

    record UnitDraft(String code, BilingualName name, Optional<DepartmentId> department, boolean active) {
    }

    record MetricDraft(String code, BilingualName name, MetricUnit unit, MetricDirection direction,
                       Aggregation aggregation, boolean key, boolean core) {
    }
}
