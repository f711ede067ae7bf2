package dev.opscharter.application.costs.port.out;

import dev.opscharter.application.costs.RevenueFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.ChannelRevenue;
import dev.opscharter.domain.costs.ChannelRevenueId;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where the revenue attributed to channels is kept: one per channel × month. */
public interface ChannelRevenues extends RecordStore<ChannelRevenueId, ChannelRevenue> {

    /** Version 0 inserts (a channel month taken refuses with {@code ConcurrentModification}); otherwise the version must match. */
    @Override
    ChannelRevenue save(ChannelRevenue revenue);

    Optional<ChannelRevenue> of(ChannelId channel, YearMonth month);

    /** Newest month first, then by channel. */
    List<ChannelRevenue> page(RevenueFilter filter, PageRequest page);

    long count(RevenueFilter filter);

    /** Every channel's revenue from {@code from} to {@code until} (inclusive). */
    List<ChannelRevenue> between(YearMonth from, YearMonth until);
}
