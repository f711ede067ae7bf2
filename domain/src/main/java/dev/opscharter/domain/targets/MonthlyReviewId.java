package dev.opscharter.domain.targets;

import java.util.Objects;
import java.util.UUID;

public record MonthlyReviewId(UUID value) {

    public MonthlyReviewId {
        Objects.requireNonNull(value, "value");
    }

    public static MonthlyReviewId random() {
        return new MonthlyReviewId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
