package dev.opscharter.domain.costs;

import java.util.Objects;
import java.util.UUID;

public record RoiFlagId(UUID value) {

    public RoiFlagId {
        Objects.requireNonNull(value);
    }

    public static RoiFlagId random() {
        return new RoiFlagId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
