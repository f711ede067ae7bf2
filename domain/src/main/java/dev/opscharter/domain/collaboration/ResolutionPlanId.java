package dev.opscharter.domain.collaboration;

import java.util.Objects;
import java.util.UUID;

/** Identifies a resolution plan. */
public record ResolutionPlanId(UUID value) {

    public ResolutionPlanId {
        Objects.requireNonNull(value, "value");
    }

    public static ResolutionPlanId random() {
        return new ResolutionPlanId(UUID.randomUUID());
    }

    public static ResolutionPlanId parse(String text) {
        return new ResolutionPlanId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
