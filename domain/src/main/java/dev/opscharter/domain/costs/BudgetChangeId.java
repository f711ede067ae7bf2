package dev.opscharter.domain.costs;

import java.util.Objects;
import java.util.UUID;

public record BudgetChangeId(UUID value) {

    public BudgetChangeId {
        Objects.requireNonNull(value);
    }

    public static BudgetChangeId random() {
        return new BudgetChangeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
