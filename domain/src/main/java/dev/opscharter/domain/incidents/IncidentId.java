package dev.opscharter.domain.incidents;

import java.util.Objects;
import java.util.UUID;

public record IncidentId(UUID value) {

    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    public static IncidentId random() {
        return new IncidentId(UUID.randomUUID());
    }

    public static IncidentId parse(String text) {
        return new IncidentId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
