package dev.opscharter.domain.risks;

import java.util.Objects;
import java.util.UUID;

/** Identifies a risk of the register. */
public record RiskId(UUID value) {

    public RiskId {
        Objects.requireNonNull(value, "value");
    }

    public static RiskId random() {
        return new RiskId(UUID.randomUUID());
    }

    public static RiskId parse(String text) {
        return new RiskId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
