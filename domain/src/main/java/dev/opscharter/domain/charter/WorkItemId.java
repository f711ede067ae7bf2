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

    /** From a link: refused with {@link IllegalArgumentException} when it is not an id. */
    public static WorkItemId parse(String text) {
        return new WorkItemId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
