package dev.opscharter.application.risks.port.out;

import dev.opscharter.domain.targets.MetricId;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/** A metric's figure for a month over every unit, as the targets context reckons it: what feeds a key risk indicator. */
public interface MetricFigures {

    /** Empty when the month has no actuals of the metric (or no such metric). */
    Optional<BigDecimal> ofMonth(MetricId metric, YearMonth month);
}
