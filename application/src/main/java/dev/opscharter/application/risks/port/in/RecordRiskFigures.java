package dev.opscharter.application.risks.port.in;

import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.risks.KeyRiskIndicatorId;
import dev.opscharter.domain.risks.RiskId;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Entering a key risk indicator's figure for a month ({@code RisksPermission.RECORD}: specialists, managers, the
 * director). A figure beyond the threshold raises the risk's contingency plan as a work item routed by the charter
 * and tells the risk's owner, once per indicator and month however often a breaching figure is entered.
 */
public interface RecordRiskFigures {

    /** @return the contingency plan's work item when the figure breaches the threshold */
    Optional<WorkItemId> record(RiskId risk, KeyRiskIndicatorId indicator, YearMonth month, BigDecimal value);

    /**
     * Judges every open risk's indicators fed by a metric on the metric's figure for the month (the monthly job;
     * an indicator whose metric has no actuals that month is left alone).
     *
     * @return the contingency plans' work items of the breaches, those raised before included
     */
    List<WorkItemId> checkMetricIndicators(YearMonth month);
}
