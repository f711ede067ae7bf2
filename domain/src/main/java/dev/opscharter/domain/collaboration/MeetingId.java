package dev.opscharter.domain.collaboration;

import java.util.Objects;
import java.util.UUID;

/** Identifies a meeting. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    public static MeetingId parse(String text) {
        return new MeetingId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
