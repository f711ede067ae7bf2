package dev.opscharter.domain.team;

import java.util.Objects;
import java.util.UUID;

public record TrainingPlanId(UUID value) {

    public TrainingPlanId {
        Objects.requireNonNull(value, "value");
    }

    public static TrainingPlanId random() {
        return new TrainingPlanId(UUID.randomUUID());
    }

    public static TrainingPlanId parse(String text) {
        return new TrainingPlanId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
