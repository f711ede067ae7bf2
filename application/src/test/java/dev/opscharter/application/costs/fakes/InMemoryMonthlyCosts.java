package dev.opscharter.application.costs.fakes;

import dev.opscharter.application.costs.ChannelMonthAmount;
import dev.opscharter.application.costs.CostFilter;
import dev.opscharter.application.costs.port.out.MonthlyCosts;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.costs.MonthlyCost;
import dev.opscharter.domain.costs.MonthlyCostId;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

public final class InMemoryMonthlyCosts implements MonthlyCosts {

    private final Stored<MonthlyCostId, MonthlyCost> store = new Stored<>("MonthlyCost", MonthlyCost::id,
            MonthlyCost::key, MonthlyCost::version,
            (c, v) -> new MonthlyCost(c.id(), c.month(), c.type(), c.channel(), c.amount(), c.note(), v));

    private static final Map<String, Comparator<MonthlyCost>> SORT_KEYS = Map.of(
            "month", Comparator.comparing(MonthlyCost::month),
            "type", Comparator.comparing(MonthlyCost::type),
            "amount", Comparator.comparing(MonthlyCost::amount));

    @Override
    public Optional<MonthlyCost> byId(MonthlyCostId id) {
        return store.get(id);
    }

    @Override
    public MonthlyCost save(MonthlyCost cost) {
        return store.save(cost);
    }

    @Override
    public Optional<MonthlyCost> byKey(MonthlyCost.CostKey key) {
        return store.all().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    @Override
    public List<MonthlyCost> page(CostFilter filter, PageRequest page) {
        return InMemoryPage.of(matching(filter), page, SORT_KEYS, Comparator.comparing(MonthlyCost::month).reversed()
                .thenComparing(MonthlyCost::type)
                .thenComparing(c -> c.channel().map(ChannelId::toString).orElse(""))
                .thenComparing(c -> c.id().value()));
    }

    @Override
    public long count(CostFilter filter) {
        return matching(filter).count();
    }

    private Stream<MonthlyCost> matching(CostFilter filter) {
        return store.all().stream()
                .filter(c -> filter.type().map(t -> t == c.type()).orElse(true))
                .filter(c -> filter.channel().map(ch -> c.channel().equals(Optional.of(ch))).orElse(true))
                .filter(c -> filter.year().map(y -> y.getValue() == c.month().getYear()).orElse(true))
                .filter(c -> filter.month().map(m -> m.equals(c.month())).orElse(true));
    }

    @Override
    public List<ChannelMonthAmount> channelTotals(YearMonth from, YearMonth until) {
        var totals = new LinkedHashMap<List<Object>, BigDecimal>();
        store.all().stream()
                .filter(c -> c.channel().isPresent() && !c.month().isBefore(from) && !c.month().isAfter(until))
                .forEach(c -> totals.merge(List.of(c.channel().get(), c.month()), c.amount(), BigDecimal::add));
        return totals.entrySet().stream()
                .map(e -> new ChannelMonthAmount((ChannelId) e.getKey().get(0), (YearMonth) e.getKey().get(1), e.getValue()))
                .toList();
    }

    @Override
    public Map<CostType, BigDecimal> typeTotals(int year) {
        var totals = new EnumMap<CostType, BigDecimal>(CostType.class);
        store.all().stream().filter(c -> c.month().getYear() == year)
                .forEach(c -> totals.merge(c.type(), c.amount(), BigDecimal::add));
        return totals;
    }
}
