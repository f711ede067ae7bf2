package dev.opscharter.domain.targets;

import java.util.Objects;
import java.util.UUID;

/** Identifies a metric. */
public record MetricId(UUID value) {

    public MetricId {
        Objects.requireNonNull(value);
    }

    public static MetricId random() {
        return new MetricId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
