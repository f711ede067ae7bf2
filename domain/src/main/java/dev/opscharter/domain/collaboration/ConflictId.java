package dev.opscharter.domain.collaboration;

import java.util.Objects;
import java.util.UUID;

/** Identifies a conflict. */
public record ConflictId(UUID value) {

    public ConflictId {
        Objects.requireNonNull(value, "value");
    }

    public static ConflictId random() {
        return new ConflictId(UUID.randomUUID());
    }

    public static ConflictId parse(String text) {
        return new ConflictId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
