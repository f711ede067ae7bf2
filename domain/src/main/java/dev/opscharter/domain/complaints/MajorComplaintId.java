package dev.opscharter.domain.complaints;

import java.util.Objects;
import java.util.UUID;

public record MajorComplaintId(UUID value) {

    public MajorComplaintId {
        Objects.requireNonNull(value, "value");
    }

    public static MajorComplaintId random() {
        return new MajorComplaintId(UUID.randomUUID());
    }

    public static MajorComplaintId parse(String text) {
        return new MajorComplaintId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
