package dev.opscharter.application.costs.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.ChannelId;

import java.util.List;
import java.util.Optional;

/** Where channels are kept. */
public interface Channels extends RecordStore<ChannelId, Channel> {

    /** Version 0 inserts; otherwise the stored version must match, else {@code ConcurrentModification}; a code taken refuses. */
    @Override
    Channel save(Channel channel);

    Optional<Channel> byCode(String code);

    /** Every channel by code (a business has tens of them, not thousands). */
    List<Channel> all();

    /** Sorted by the page's keys ({@code code}, {@code name}), then by code; inactive ones only when asked. */
    List<Channel> page(boolean includeInactive, PageRequest page);

    long count(boolean includeInactive);
}
