package dev.opscharter.application.targets.port.out;

import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.DayTotals;
import dev.opscharter.domain.targets.MetricId;

import java.time.LocalDate;
import java.util.List;

/** Where the daily actuals are kept: one value per unit, metric and day. */
public interface Actuals {

    /** What storing a batch did; the same day with the same value again changes nothing. */
    record Stored(int added, int changed, int unchanged) {
    }

    /** The totals of one unit's days of one metric. */
    record UnitTotals(BusinessUnitId unit, MetricId metric, DayTotals totals) {
    }

    /**
     * All or none, in the caller's transaction if there is one; a day already stored with another value is
     * changed (a correction), with the same value it is left as it is.
     */
    Stored addAll(List<DailyActual> actuals);

    /** The unit's days of the metric from {@code from} until {@code until} (exclusive), by day. */
    List<DailyActual> days(BusinessUnitId unit, MetricId metric, LocalDate from, LocalDate until);

    /**
     * For every unit and metric with a day from {@code from} until {@code until} (exclusive): the totals of
     * those days, added up by the store (a quarter of 50 units × 30 metrics is 137 000 days, read as 1 500 rows).
     */
    List<UnitTotals> totals(LocalDate from, LocalDate until);
}
