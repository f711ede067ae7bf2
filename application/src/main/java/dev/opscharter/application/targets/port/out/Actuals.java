package dev.opscharter.application.targets.port.out;

import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.MetricId;

import java.time.LocalDate;
import java.util.List;

/** Where the daily actuals are kept: one value per unit, metric and day. */
public interface Actuals {

    /** What storing a batch did; the same day with the same value again changes nothing. */
    record Stored(int added, int changed, int unchanged) {
    }

    /** All or none, in the caller's transaction if there is one. */
    Stored addAll(List<DailyActual> actuals);

    /** The unit's days of the metric from {@code from} until {@code until} (exclusive), by day. */
    List<DailyActual> days(BusinessUnitId unit, MetricId metric, LocalDate from, LocalDate until);
}
