package dev.opscharter.domain.efficiency;

import java.util.Objects;
import java.util.UUID;

public record OptimizationProjectId(UUID value) {

    public OptimizationProjectId {
        Objects.requireNonNull(value);
    }

    public static OptimizationProjectId random() {
        return new OptimizationProjectId(UUID.randomUUID());
    }

    public static OptimizationProjectId parse(String text) {
        return new OptimizationProjectId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
