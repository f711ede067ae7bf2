package dev.opscharter.application.costs.fakes;

import dev.opscharter.application.costs.port.out.RoiFlags;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.RoiFlag;
import dev.opscharter.domain.costs.RoiFlagId;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryRoiFlags implements RoiFlags {

    private final Stored<RoiFlagId, RoiFlag> store = new Stored<>("RoiFlag", RoiFlag::id,
            f -> List.of(f.channel(), f.month()), RoiFlag::version,
            (f, v) -> new RoiFlag(f.id(), f.channel(), f.month(), f.workItem(), f.decision(), v));

    @Override
    public Optional<RoiFlag> byId(RoiFlagId id) {
        return store.get(id);
    }

    @Override
    public RoiFlag save(RoiFlag flag) {
        return store.save(flag);
    }

    @Override
    public Optional<RoiFlag> of(ChannelId channel, YearMonth month) {
        return store.all().stream().filter(f -> f.channel().equals(channel) && f.month().equals(month)).findFirst();
    }

    @Override
    public List<RoiFlag> between(YearMonth from, YearMonth until) {
        return store.all().stream().filter(f -> !f.month().isBefore(from) && !f.month().isAfter(until))
                .sorted(Comparator.comparing(RoiFlag::month).thenComparing(f -> f.channel().toString())).toList();
    }
}
