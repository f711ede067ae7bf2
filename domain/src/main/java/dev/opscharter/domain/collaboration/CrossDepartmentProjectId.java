package dev.opscharter.domain.collaboration;

import java.util.Objects;
import java.util.UUID;

/** Identifies a cross-department project or launch. */
public record CrossDepartmentProjectId(UUID value) {

    public CrossDepartmentProjectId {
        Objects.requireNonNull(value, "value");
    }

    public static CrossDepartmentProjectId random() {
        return new CrossDepartmentProjectId(UUID.randomUUID());
    }

    public static CrossDepartmentProjectId parse(String text) {
        return new CrossDepartmentProjectId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
