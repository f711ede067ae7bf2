package dev.opscharter.domain.charter;

import java.util.Objects;
import java.util.UUID;

public record CharterVersionId(UUID value) {

    public CharterVersionId {
        Objects.requireNonNull(value);
    }

    public static CharterVersionId random() {
        return new CharterVersionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
