package dev.opscharter.application.costs.port.out;

import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.costs.ChannelId;
import dev.opscharter.domain.costs.RoiFlag;
import dev.opscharter.domain.costs.RoiFlagId;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where the channel months flagged below break-even are kept, with their decisions. */
public interface RoiFlags extends RecordStore<RoiFlagId, RoiFlag> {

    /** Version 0 inserts (a channel month flagged already refuses with {@code ConcurrentModification}); otherwise the version must match. */
    @Override
    RoiFlag save(RoiFlag flag);

    Optional<RoiFlag> of(ChannelId channel, YearMonth month);

    /** The flags from {@code from} to {@code until} (inclusive), oldest month first. */
    List<RoiFlag> between(YearMonth from, YearMonth until);
}
