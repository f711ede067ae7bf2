package dev.opscharter.application.risks.port.in;

import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskFigure;
import dev.opscharter.domain.risks.RiskHeatMap;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskStep;

import java.util.List;

/** Reading the register ({@code RisksPermission.READ}): managers, the director, specialists and auditors. */
public interface RiskQueries {

    /** A page of the risks the filter lets through, by the page's sort keys ({@code Risks.BY_*}), else by code. */
    List<Risk> risks(RiskFilter filter, PageRequest page);

    long count(RiskFilter filter);

    /** One risk with its rating history and the steps the reader may take on it. */
    WithSteps<Risk, RiskStep> risk(RiskId risk);

    /** The figures recorded for the risk's indicators, newest month first. */
    List<RiskFigure> figures(RiskId risk);

    /** How many of the risks the filter lets through stand on each likelihood × impact cell. */
    RiskHeatMap heatMap(RiskFilter filter);
}
