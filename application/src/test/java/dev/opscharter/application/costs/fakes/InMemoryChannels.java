package dev.opscharter.application.costs.fakes;

import dev.opscharter.application.costs.port.out.Channels;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.fakes.InMemoryPage;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.ChannelId;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryChannels implements Channels {

    private final Stored<ChannelId, Channel> store = new Stored<>("Channel", Channel::id, Channel::code,
            Channel::version, (c, v) -> new Channel(c.id(), c.code(), c.name(), c.active(), v));

    private static final Map<String, Comparator<Channel>> SORT_KEYS = Map.of(
            "code", Comparator.comparing(Channel::code),
            "name", Comparator.comparing(c -> c.name().english()));

    @Override
    public Optional<Channel> byId(ChannelId id) {
        return store.get(id);
    }

    @Override
    public Channel save(Channel channel) {
        return store.save(channel);
    }

    @Override
    public Optional<Channel> byCode(String code) {
        return store.all().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public List<Channel> all() {
        return store.all().stream().sorted(Comparator.comparing(Channel::code)).toList();
    }

    @Override
    public List<Channel> page(boolean includeInactive, PageRequest page) {
        return InMemoryPage.of(store.all().stream().filter(c -> includeInactive || c.active()), page, SORT_KEYS,
                Comparator.comparing(Channel::code));
    }

    @Override
    public long count(boolean includeInactive) {
        return store.all().stream().filter(c -> includeInactive || c.active()).count();
    }
}
