package dev.opscharter.application.risks.service;

import dev.opscharter.application.charter.CharterFixture;
import dev.opscharter.application.risks.fakes.InMemoryRiskFigures;
import dev.opscharter.application.risks.fakes.InMemoryRiskReviews;
import dev.opscharter.application.risks.fakes.InMemoryRisks;
import dev.opscharter.application.risks.port.in.ManageRisks.NewIndicator;
import dev.opscharter.application.risks.port.in.ManageRisks.NewRisk;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.fakes.InMemoryActuals;
import dev.opscharter.application.targets.fakes.InMemoryMetrics;
import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.KeyRiskIndicatorId;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskThreshold;

import java.math.BigDecimal;

/**
 * The risk register on its in-memory fakes over the charter fixture (its people: manager, specialist, director,
 * auditor; its clock: Thursday 14 May 2026). The contingency plans go to the charter's work-item service, whose
 * notifications the owner's notice shares.
 */
final class RisksFixture {

    final CharterFixture charter = new CharterFixture();
    final InMemoryRisks risks = new InMemoryRisks();
    final InMemoryRiskFigures figures = new InMemoryRiskFigures();
    final InMemoryRiskReviews reviews = new InMemoryRiskReviews();

    final RiskService riskService = new RiskService(risks, figures, charter.org.accounts, charter.org.useCase);
    final InMemoryMetrics metrics = new InMemoryMetrics();
    final InMemoryActuals actuals = new InMemoryActuals();
    final RiskFigureService figureService = new RiskFigureService(risks, figures,
            new ActualsMetricFigures(metrics, actuals), charter.workItemService(),
            charter.notifications, charter.org.processedRequests, charter.org.useCase);
    final RiskReviewService reviewService = new RiskReviewService(reviews, risks, charter.workItemService(),
            charter.workItemService(), charter.org.useCase);

    /** A risk added by the manager, owned by the specialist. */
    RiskId risk(String code, int likelihood, int impact) {
        var me = charter.org.actor.get();
        charter.actAs(charter.manager);
        try {
            return riskService.identify(RequestKey.fresh(), new NewRisk(code, "供应商延迟交付 " + code, "SUPPLY",
                    "specialist", new RiskRating(likelihood, impact), "双供应商", "启用备选供应商，客服提前告知客户"));
        } finally {
            charter.actAs(me);
        }
    }

    /** An entered indicator "late-delivery rate > 10" on the risk, added by the manager. */
    KeyRiskIndicatorId lateDeliveries(RiskId risk) {
        var me = charter.org.actor.get();
        charter.actAs(charter.manager);
        try {
            return riskService.addIndicator(risk, new NewIndicator("供应商延迟交付率 %",
                    new RiskThreshold(RiskThreshold.Side.ABOVE, new BigDecimal("10")), FigureSource.entered()),
                    version(risk));
        } finally {
            charter.actAs(me);
        }
    }

    Risk stored(RiskId id) {
        return risks.byId(id).orElseThrow();
    }

    long version(RiskId id) {
        return stored(id).version();
    }
}
