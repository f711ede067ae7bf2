package dev.opscharter.domain.organization;

import java.util.Objects;
import java.util.UUID;

public record UserAccountId(UUID value) {

    public UserAccountId {
        Objects.requireNonNull(value);
    }

    public static UserAccountId random() {
        return new UserAccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
