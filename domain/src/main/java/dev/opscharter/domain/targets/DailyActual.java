package dev.opscharter.domain.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What a business unit achieved on one day in one metric: one per unit, metric and day. */
public record DailyActual(BusinessUnitId unit, MetricId metric, LocalDate day, BigDecimal value) {

    public DailyActual {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(value, "value");
    }
}
