package dev.opscharter.domain.costs;

import dev.opscharter.domain.shared.Require;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** The revenue attributed to a channel in a month: one per channel × month, a second amount corrects it. */
public record ChannelRevenue(ChannelRevenueId id, ChannelId channel, YearMonth month, BigDecimal revenue,
                             long version) {

    public ChannelRevenue {
        Objects.requireNonNull(id, "id");
        Require.present(channel, "channel");
        Months.check(month);
        revenue = Amounts.checked(revenue, "revenue");
    }

    public static ChannelRevenue record(ChannelId channel, YearMonth month, BigDecimal revenue) {
        return new ChannelRevenue(ChannelRevenueId.random(), channel, month, revenue, 0);
    }

    public ChannelRevenue correct(BigDecimal newRevenue) {
        return new ChannelRevenue(id, channel, month, newRevenue, version);
    }
}
