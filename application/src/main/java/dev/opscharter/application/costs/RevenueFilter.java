package dev.opscharter.application.costs;

import dev.opscharter.domain.costs.ChannelId;

import java.time.YearMonth;
import java.util.Optional;

/** Which channel revenues a list shows. */
public record RevenueFilter(Optional<ChannelId> channel, Optional<YearMonth> month) {

    public static final RevenueFilter ALL = new RevenueFilter(Optional.empty(), Optional.empty());
}
