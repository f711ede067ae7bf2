package dev.opscharter.domain.appraisal;

import java.util.Objects;
import java.util.UUID;

public record StandardsVersionId(UUID value) {

    public StandardsVersionId {
        Objects.requireNonNull(value);
    }

    public static StandardsVersionId random() {
        return new StandardsVersionId(UUID.randomUUID());
    }
}
