package dev.opscharter.application.costs;

import dev.opscharter.domain.costs.ChannelId;

import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/** Which channel revenues a list shows: any of channel, year and month, or all. */
public record RevenueFilter(Optional<ChannelId> channel, Optional<Year> year, Optional<YearMonth> month) {

    public static final RevenueFilter ALL = new RevenueFilter(Optional.empty(), Optional.empty(), Optional.empty());
}
