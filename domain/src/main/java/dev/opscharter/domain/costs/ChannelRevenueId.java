package dev.opscharter.domain.costs;

import java.util.Objects;
import java.util.UUID;

public record ChannelRevenueId(UUID value) {

    public ChannelRevenueId {
        Objects.requireNonNull(value);
    }

    public static ChannelRevenueId random() {
        return new ChannelRevenueId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
