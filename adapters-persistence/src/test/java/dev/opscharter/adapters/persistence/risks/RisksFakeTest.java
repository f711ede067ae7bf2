package dev.opscharter.adapters.persistence.risks;

import dev.opscharter.application.risks.fakes.InMemoryRiskFigures;
import dev.opscharter.application.risks.fakes.InMemoryRiskReviews;
import dev.opscharter.application.risks.fakes.InMemoryRisks;
import dev.opscharter.application.risks.port.out.RiskFigures;
import dev.opscharter.application.risks.port.out.RiskReviews;
import dev.opscharter.application.risks.port.out.Risks;
import dev.opscharter.domain.targets.MetricId;

class RisksFakeTest extends RisksContract {

    private final Risks risks = new InMemoryRisks();
    private final RiskFigures figures = new InMemoryRiskFigures();
    private final RiskReviews reviews = new InMemoryRiskReviews();

    @Override
    protected Risks risks() {
        return risks;
    }

    @Override
    protected RiskFigures figures() {
        return figures;
    }

    @Override
    protected RiskReviews reviews() {
        return reviews;
    }

    @Override
    protected MetricId metric() {
        return MetricId.random();
    }
}
