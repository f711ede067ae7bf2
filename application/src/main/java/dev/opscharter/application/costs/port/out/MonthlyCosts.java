package dev.opscharter.application.costs.port.out;

import dev.opscharter.application.costs.ChannelMonthAmount;
import dev.opscharter.application.costs.CostFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.costs.MonthlyCost;
import dev.opscharter.domain.costs.MonthlyCost.CostKey;
import dev.opscharter.domain.costs.MonthlyCostId;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where monthly costs are kept: one per month × type × channel (or no channel). */
public interface MonthlyCosts extends RecordStore<MonthlyCostId, MonthlyCost> {

    /** Version 0 inserts (a key taken refuses with {@code ConcurrentModification}); otherwise the version must match. */
    @Override
    MonthlyCost save(MonthlyCost cost);

    Optional<MonthlyCost> byKey(CostKey key);

    /** Newest month first, then by type, then by channel; sorted first by the page's keys ({@code month}, {@code type}, {@code amount}). */
    List<MonthlyCost> page(CostFilter filter, PageRequest page);

    long count(CostFilter filter);

    /** Per channel and month from {@code from} to {@code until} (inclusive), the costs of every type added up. */
    List<ChannelMonthAmount> channelTotals(YearMonth from, YearMonth until);

    /** The year's costs per type, with or without a channel; a type without costs is absent. */
    Map<CostType, BigDecimal> typeTotals(int year);
}
