package dev.opscharter.domain.targets;

import java.util.Objects;
import java.util.UUID;

/** Identifies a business unit. */
public record BusinessUnitId(UUID value) {

    public BusinessUnitId {
        Objects.requireNonNull(value);
    }

    public static BusinessUnitId random() {
        return new BusinessUnitId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
