package dev.opscharter.application.costs.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.ChannelRevenueId;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.costs.MonthlyCostId;
import dev.opscharter.domain.shared.BilingualName;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Channels ({@code CostsPermission.MANAGE}), and the monthly costs and channel revenue that specialists,
 * managers and directors record ({@code RECORD}): entered once per request, corrected at the version seen,
 * or imported from CSV or Excel, all-or-nothing ({@code ImportRefused} names the row) and idempotent (the
 * same key with the same amount changes nothing; another amount is a correction). A channel month that
 * returns less than it costs is flagged for a decision as it is recorded.
 */
public interface ManageCosts {

    ChannelId createChannel(RequestKey request, String code, BilingualName name);

    void renameChannel(ChannelId id, BilingualName name, long version);

    void deactivateChannel(ChannelId id, long version);

    void reactivateChannel(ChannelId id, long version);

    /** Refused when the month × type × channel has a cost already: that one is corrected instead. */
    MonthlyCostId recordCost(RequestKey request, CostDraft draft);

    void correctCost(MonthlyCostId id, BigDecimal amount, String note, long version);

    /** Refused when the channel month has revenue already: that one is corrected instead. */
    ChannelRevenueId recordRevenue(RequestKey request, ChannelId channel, YearMonth month, BigDecimal revenue);

    void correctRevenue(ChannelRevenueId id, BigDecimal revenue, long version);

    /** Columns {@code month,cost_type,channel_code,amount} in any order; an empty channel code is a cost of no channel. */
    ImportSummary importCosts(Path file, String fileName);

    /** Columns {@code month,channel_code,revenue} in any order. */
    ImportSummary importRevenue(Path file, String fileName);

    record CostDraft(YearMonth month, CostType type, Optional<ChannelId> channel, BigDecimal amount, String note) {
    }

    /** @param received data rows in the file */
    record ImportSummary(String fileName, int received, int added, int corrected, int unchanged) {
    }
}
