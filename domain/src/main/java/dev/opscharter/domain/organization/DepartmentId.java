package dev.opscharter.domain.organization;

import java.util.Objects;
import java.util.UUID;

public record DepartmentId(UUID value) {

    public DepartmentId {
        Objects.requireNonNull(value);
    }

    public static DepartmentId random() {
        return new DepartmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
