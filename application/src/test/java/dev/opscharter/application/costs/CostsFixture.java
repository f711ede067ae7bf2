package dev.opscharter.application.costs;

import dev.opscharter.application.charter.CharterFixture;
import dev.opscharter.application.charter.service.WorkItemService;
import dev.opscharter.application.compliance.fakes.PlainCsvFiles;
import dev.opscharter.application.costs.fakes.InMemoryBudgetChanges;
import dev.opscharter.application.costs.fakes.InMemoryChannelRevenues;
import dev.opscharter.application.costs.fakes.InMemoryChannels;
import dev.opscharter.application.costs.fakes.InMemoryMonthlyCosts;
import dev.opscharter.application.costs.fakes.InMemoryRoiFlags;
import dev.opscharter.application.costs.service.BudgetService;
import dev.opscharter.application.costs.service.CostService;
import dev.opscharter.application.costs.service.RoiService;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.shared.BilingualName;

/**
 * The costs context on in-memory fakes over the charter fixture (its departments, its seeded charter,
 * a manager, a specialist, a director, Finance's lead and an auditor): the flags and budget changes
 * become work items routed by the real work-item service.
 */
public final class CostsFixture {

    public final CharterFixture charter = new CharterFixture();
    public final InMemoryChannels channels = new InMemoryChannels();
    public final InMemoryMonthlyCosts costs = new InMemoryMonthlyCosts();
    public final InMemoryChannelRevenues revenues = new InMemoryChannelRevenues();
    public final InMemoryBudgetChanges budgetChanges = new InMemoryBudgetChanges();
    public final InMemoryRoiFlags flags = new InMemoryRoiFlags();
    public final WorkItemService workItems = charter.workItemService();
    public final RoiService roi = new RoiService(channels, costs, revenues, flags, workItems, charter.workItems,
            charter.org.useCase);
    public final CostService service = new CostService(channels, costs, revenues, new PlainCsvFiles(), roi,
            charter.org.useCase);
    public final BudgetService budgets = new BudgetService(budgetChanges, costs, workItems, charter.workItems,
            charter.org.useCase);

    /** An active channel stored directly. */
    public Channel channel(String code) {
        return channels.save(Channel.create(code, new BilingualName(code + " 渠道", code + " channel")));
    }
}
