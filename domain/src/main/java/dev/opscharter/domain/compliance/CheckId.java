package dev.opscharter.domain.compliance;

import java.util.Objects;
import java.util.UUID;

/** Identifies a compliance check. */
public record CheckId(UUID value) {

    public CheckId {
        Objects.requireNonNull(value);
    }

    public static CheckId random() {
        return new CheckId(UUID.randomUUID());
    }

    public static CheckId parse(String text) {
        return new CheckId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
