package dev.opscharter.domain.collaboration;

import java.util.Objects;
import java.util.UUID;

/** Identifies a milestone. */
public record MilestoneId(UUID value) {

    public MilestoneId {
        Objects.requireNonNull(value, "value");
    }

    public static MilestoneId random() {
        return new MilestoneId(UUID.randomUUID());
    }

    public static MilestoneId parse(String text) {
        return new MilestoneId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
