package dev.opscharter.application.costs.port.in;

import dev.opscharter.application.costs.CostFilter;
import dev.opscharter.application.costs.RevenueFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.ChannelRevenue;
import dev.opscharter.domain.costs.ChannelStep;
import dev.opscharter.domain.costs.MonthlyCost;

import java.util.List;

/** Channels, monthly costs and channel revenue as the lists show them ({@code CostsPermission.READ}). */
public interface CostQueries {

    List<Channel> channels(boolean includeInactive, PageRequest page);

    long countChannels(boolean includeInactive);

    /** Every channel, for choosers and charts. */
    List<Channel> allChannels();

    /** The channel with the steps the current user may take (none without {@code MANAGE}). */
    WithSteps<Channel, ChannelStep> channel(ChannelId id);

    List<MonthlyCost> costs(CostFilter filter, PageRequest page);

    long countCosts(CostFilter filter);

    List<ChannelRevenue> revenues(RevenueFilter filter, PageRequest page);

    long countRevenues(RevenueFilter filter);
}
