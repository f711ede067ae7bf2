package dev.opscharter.bootstrap.config;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.costs.port.out.BudgetChanges;
import dev.opscharter.application.costs.port.out.ChannelRevenues;
import dev.opscharter.application.costs.port.out.Channels;
import dev.opscharter.application.costs.port.out.MonthlyCosts;
import dev.opscharter.application.costs.port.out.RoiFlags;
import dev.opscharter.application.costs.service.BudgetService;
import dev.opscharter.application.costs.service.CostService;
import dev.opscharter.application.costs.service.RoiService;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.RowFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Costs and ROI (issue 14, item 3) meet their adapters: the {@code cost_*} stores in PostgreSQL, the
 * shared readers of CSV and Excel rows, and the charter's work items that carry the stop-or-optimize
 * decisions and the budget approvals.
 */
@Configuration(proxyBeanMethods = false)
public class CostsConfiguration {

    @Bean
    RoiService roiService(Channels channels, MonthlyCosts costs, ChannelRevenues revenues, RoiFlags flags,
                          ManageWorkItems manageWork, WorkItems workItems, UseCase useCase) {
        return new RoiService(channels, costs, revenues, flags, manageWork, workItems, useCase);
    }

    @Bean
    CostService costService(Channels channels, MonthlyCosts costs, ChannelRevenues revenues, RowFiles files,
                            RoiService roi, UseCase useCase) {
        return new CostService(channels, costs, revenues, files, roi, useCase);
    }

    @Bean
    BudgetService budgetService(BudgetChanges changes, MonthlyCosts costs, ManageWorkItems manageWork,
                                WorkItems workItems, UseCase useCase) {
        return new BudgetService(changes, costs, manageWork, workItems, useCase);
    }
}
