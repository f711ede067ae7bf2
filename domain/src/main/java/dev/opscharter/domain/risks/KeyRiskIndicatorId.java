package dev.opscharter.domain.risks;

import java.util.Objects;
import java.util.UUID;

/** Identifies a key risk indicator within its risk. */
public record KeyRiskIndicatorId(UUID value) {

    public KeyRiskIndicatorId {
        Objects.requireNonNull(value, "value");
    }

    public static KeyRiskIndicatorId random() {
        return new KeyRiskIndicatorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
