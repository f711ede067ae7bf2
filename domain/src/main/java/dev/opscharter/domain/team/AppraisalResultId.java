package dev.opscharter.domain.team;

import java.util.Objects;
import java.util.UUID;

public record AppraisalResultId(UUID value) {

    public AppraisalResultId {
        Objects.requireNonNull(value, "value");
    }

    public static AppraisalResultId random() {
        return new AppraisalResultId(UUID.randomUUID());
    }

    public static AppraisalResultId parse(String text) {
        return new AppraisalResultId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
