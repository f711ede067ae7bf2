package dev.opscharter.domain.collaboration;

import java.util.Objects;
import java.util.UUID;

/** Identifies a meeting series. */
public record MeetingSeriesId(UUID value) {

    public MeetingSeriesId {
        Objects.requireNonNull(value, "value");
    }

    public static MeetingSeriesId random() {
        return new MeetingSeriesId(UUID.randomUUID());
    }

    public static MeetingSeriesId parse(String text) {
        return new MeetingSeriesId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
