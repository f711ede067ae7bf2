package dev.opscharter.domain.costs;

import java.util.Objects;
import java.util.UUID;

public record MonthlyCostId(UUID value) {

    public MonthlyCostId {
        Objects.requireNonNull(value);
    }

    public static MonthlyCostId random() {
        return new MonthlyCostId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
