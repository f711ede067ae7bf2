package dev.opscharter.domain.costs;

import java.util.Objects;
import java.util.UUID;

/** Identifies a channel (a promotion or sales channel costs are attributed to). */
public record ChannelId(UUID value) {

    public ChannelId {
        Objects.requireNonNull(value);
    }

    public static ChannelId random() {
        return new ChannelId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
