package dev.opscharter.domain.compliance;

import java.util.Objects;
import java.util.UUID;

public record ProcessId(UUID value) {

    public ProcessId {
        Objects.requireNonNull(value);
    }

    public static ProcessId random() {
        return new ProcessId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
