package dev.opscharter.domain.collaboration;

import java.util.Objects;
import java.util.UUID;

/** Identifies a action item. */
public record ActionItemId(UUID value) {

    public ActionItemId {
        Objects.requireNonNull(value, "value");
    }

    public static ActionItemId random() {
        return new ActionItemId(UUID.randomUUID());
    }

    public static ActionItemId parse(String text) {
        return new ActionItemId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
