package dev.opscharter.domain.efficiency;

import java.util.Objects;
import java.util.UUID;

public record BenchmarkId(UUID value) {

    public BenchmarkId {
        Objects.requireNonNull(value);
    }

    public static BenchmarkId random() {
        return new BenchmarkId(UUID.randomUUID());
    }

    public static BenchmarkId parse(String text) {
        return new BenchmarkId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
