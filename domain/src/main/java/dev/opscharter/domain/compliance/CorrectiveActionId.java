package dev.opscharter.domain.compliance;

import java.util.Objects;
import java.util.UUID;

public record CorrectiveActionId(UUID value) {

    public CorrectiveActionId {
        Objects.requireNonNull(value);
    }

    public static CorrectiveActionId random() {
        return new CorrectiveActionId(UUID.randomUUID());
    }

    public static CorrectiveActionId parse(String text) {
        return new CorrectiveActionId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
