package dev.opscharter.application.shared;

import java.nio.charset.StandardCharsets;
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

    /**
     * The key of a request the system makes on its own behalf, named by what it stands for ("roi-flag:" with the
     * channel and month): the same name, the same key, so a job run twice or after a crash creates nothing more.
     */
    public static RequestKey named(String name) {
        return new RequestKey(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The key of a second operation one request makes (the work item a budget change registers): a request key
     * is claimed once, by one operation, so each further operation needs its own, drawn from the request's.
     */
    public RequestKey derived(String operation) {
        return named(operation + ":" + this);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
