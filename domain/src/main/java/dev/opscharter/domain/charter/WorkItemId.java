package dev.opscharter.domain.charter;

import java.util.Objects;
import java.util.UUID;

public record WorkItemId(UUID value) {

    public WorkItemId {
        Objects.requireNonNull(value);
    }

    public static WorkItemId random() {
        return new WorkItemId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
