package dev.opscharter.domain.risks;

import java.util.Objects;
import java.util.UUID;

/** Identifies a monthly or quarterly review of the register. */
public record RiskReviewId(UUID value) {

    public RiskReviewId {
        Objects.requireNonNull(value, "value");
    }

    public static RiskReviewId random() {
        return new RiskReviewId(UUID.randomUUID());
    }

    public static RiskReviewId parse(String text) {
        return new RiskReviewId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
