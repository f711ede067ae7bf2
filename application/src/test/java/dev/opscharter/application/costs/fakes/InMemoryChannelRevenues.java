package dev.opscharter.application.costs.fakes;

import dev.opscharter.application.costs.RevenueFilter;
import dev.opscharter.application.costs.port.out.ChannelRevenues;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.ChannelRevenue;
import dev.opscharter.domain.costs.ChannelRevenueId;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

public final class InMemoryChannelRevenues implements ChannelRevenues {

    private final Stored<ChannelRevenueId, ChannelRevenue> store = new Stored<>("ChannelRevenue",
            ChannelRevenue::id, r -> List.of(r.channel(), r.month()), ChannelRevenue::version,
            (r, v) -> new ChannelRevenue(r.id(), r.channel(), r.month(), r.revenue(), v));

    @Override
    public Optional<ChannelRevenue> byId(ChannelRevenueId id) {
        return store.get(id);
    }

    @Override
    public ChannelRevenue save(ChannelRevenue revenue) {
        return store.save(revenue);
    }

    @Override
    public Optional<ChannelRevenue> of(ChannelId channel, YearMonth month) {
        return store.all().stream().filter(r -> r.channel().equals(channel) && r.month().equals(month)).findFirst();
    }

    @Override
    public List<ChannelRevenue> page(RevenueFilter filter, PageRequest page) {
        return InMemoryPage.of(matching(filter), page, Map.of("month", Comparator.comparing(ChannelRevenue::month),
                        "revenue", Comparator.comparing(ChannelRevenue::revenue)),
                Comparator.comparing(ChannelRevenue::month).reversed()
                        .thenComparing(r -> r.channel().toString()));
    }

    @Override
    public long count(RevenueFilter filter) {
        return matching(filter).count();
    }

    private Stream<ChannelRevenue> matching(RevenueFilter filter) {
        return store.all().stream()
                .filter(r -> filter.channel().map(r.channel()::equals).orElse(true))
                .filter(r -> filter.year().map(y -> y.getValue() == r.month().getYear()).orElse(true))
                .filter(r -> filter.month().map(r.month()::equals).orElse(true));
    }

    @Override
    public List<ChannelRevenue> between(YearMonth from, YearMonth until) {
        return store.all().stream().filter(r -> !r.month().isBefore(from) && !r.month().isAfter(until)).toList();
    }
}
