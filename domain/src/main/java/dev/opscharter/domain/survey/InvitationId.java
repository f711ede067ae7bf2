package dev.opscharter.domain.survey;

import java.util.Objects;
import java.util.UUID;

/** Identifies an invitation; random, and never stored with a response. */
public record InvitationId(UUID value) {

    public InvitationId {
        Objects.requireNonNull(value);
    }

    public static InvitationId random() {
        return new InvitationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
