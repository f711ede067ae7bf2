package dev.opscharter.application.costs;

import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.CostType;

import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/** Which monthly costs a list shows: any of type, channel, year and month, or all. */
public record CostFilter(Optional<CostType> type, Optional<ChannelId> channel, Optional<Year> year,
                         Optional<YearMonth> month) {

    public static final CostFilter ALL = new CostFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());
}
