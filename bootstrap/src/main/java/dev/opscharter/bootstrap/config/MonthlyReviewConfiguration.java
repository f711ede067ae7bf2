package dev.opscharter.bootstrap.config;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.targets.port.out.Actuals;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.application.targets.port.out.MonthlyReviews;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.application.targets.service.MonthlyReviewService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monthly review (issue 14) meets its adapters: the reviews in PostgreSQL, the targets and actuals it
 * measures, and the charter's work items its measures become.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyReviewConfiguration {

    @Bean
    MonthlyReviewService monthlyReviewService(MonthlyReviews reviews, Metrics metrics, Targets targets, Actuals actuals,
                                              ManageWorkItems workItems, ProcessedRequests processed, UseCase useCase) {
        return new MonthlyReviewService(reviews, metrics, targets, actuals, workItems, processed, useCase);
    }
}
