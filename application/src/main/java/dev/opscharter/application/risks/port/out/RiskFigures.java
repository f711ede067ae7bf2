package dev.opscharter.application.risks.port.out;

import dev.opscharter.domain.risks.KeyRiskIndicatorId;
import dev.opscharter.domain.risks.RiskFigure;
import dev.opscharter.domain.risks.RiskId;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The key risk indicators' figures, one per indicator and month. */
public interface RiskFigures {

    /** Keeps the figure, replacing the one of the same indicator and month. */
    void save(RiskFigure figure);

    Optional<RiskFigure> of(KeyRiskIndicatorId indicator, YearMonth month);

    /** A risk's figures, newest month first. */
    List<RiskFigure> ofRisk(RiskId risk);
}
