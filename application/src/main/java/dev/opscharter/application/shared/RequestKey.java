package dev.opscharter.application.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * The identity of one creating request as the user made it: a screen draws a new key when its
 * dialog opens and sends it with every attempt to save, so a double click, a repeated request or a
 * retry after a lost answer is recognised as the same request and creates nothing more.
 */
public record RequestKey(UUID value) {

    public RequestKey {
        Objects.requireNonNull(value, "value");
    }

    /** A key for a request nobody will repeat (seeding, a test, a caller without a dialog). */
    public static RequestKey fresh() {
        return new RequestKey(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
