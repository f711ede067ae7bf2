package dev.opscharter.bootstrap.config;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.risks.port.out.MetricFigures;
import dev.opscharter.application.risks.port.out.RiskFigures;
import dev.opscharter.application.risks.port.out.RiskReviews;
import dev.opscharter.application.risks.port.out.Risks;
import dev.opscharter.application.risks.service.ActualsMetricFigures;
import dev.opscharter.application.risks.service.RiskFigureService;
import dev.opscharter.application.risks.service.RiskReviewService;
import dev.opscharter.application.risks.service.RiskService;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.Metrics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The risk register (issue 15) meets its adapters: the {@code risk*} stores in PostgreSQL, the targets
 * context's actuals that feed the indicators taken from a metric, the charter's work items a breach raises its
 * contingency plan as, and the inbox and mail that tell the owner ({@link MailConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class RisksConfiguration {

    @Bean
    RiskService riskService(Risks risks, RiskFigures figures, UserAccounts accounts, UseCase useCase) {
        return new RiskService(risks, figures, accounts, useCase);
    }

    @Bean
    MetricFigures riskMetricFigures(Metrics metrics, Actuals actuals) {
        return new ActualsMetricFigures(metrics, actuals);
    }

    @Bean
    RiskFigureService riskFigureService(Risks risks, RiskFigures figures, MetricFigures metricFigures,
                                        ManageWorkItems workItems, Notifications notifications,
                                        ProcessedRequests processed, UseCase useCase) {
        return new RiskFigureService(risks, figures, metricFigures, workItems, notifications, processed, useCase);
    }

    @Bean
    RiskReviewService riskReviewService(RiskReviews reviews, Risks risks, ManageWorkItems workItems,
                                        WorkItemQueries items, UseCase useCase) {
        return new RiskReviewService(reviews, risks, workItems, items, useCase);
    }
}
