package dev.opscharter.adapters.persistence.costs;

import dev.opscharter.application.costs.fakes.InMemoryBudgetChanges;
import dev.opscharter.application.costs.fakes.InMemoryChannelRevenues;
import dev.opscharter.application.costs.fakes.InMemoryChannels;
import dev.opscharter.application.costs.fakes.InMemoryMonthlyCosts;
import dev.opscharter.application.costs.fakes.InMemoryRoiFlags;
import dev.opscharter.application.costs.port.out.BudgetChanges;
import dev.opscharter.application.costs.port.out.ChannelRevenues;
import dev.opscharter.application.costs.port.out.Channels;
import dev.opscharter.application.costs.port.out.MonthlyCosts;
import dev.opscharter.application.costs.port.out.RoiFlags;
import dev.opscharter.domain.charter.WorkItemId;

import java.util.UUID;

class CostsFakeTest extends CostsContract {

    private final Channels channels = new InMemoryChannels();
    private final MonthlyCosts costs = new InMemoryMonthlyCosts();
    private final ChannelRevenues revenues = new InMemoryChannelRevenues();
    private final BudgetChanges budgetChanges = new InMemoryBudgetChanges();
    private final RoiFlags flags = new InMemoryRoiFlags();

    @Override
    protected Channels channels() {
        return channels;
    }

    @Override
    protected MonthlyCosts costs() {
        return costs;
    }

    @Override
    protected ChannelRevenues revenues() {
        return revenues;
    }

    @Override
    protected BudgetChanges budgetChanges() {
        return budgetChanges;
    }

    @Override
    protected RoiFlags flags() {
        return flags;
    }

    @Override
    protected WorkItemId workItem() {
        return new WorkItemId(UUID.randomUUID());
    }
}
