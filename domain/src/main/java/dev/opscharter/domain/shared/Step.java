package dev.opscharter.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing an actor may do next to a record: open, or shown but blocked with the domain's reason.
 * A step that is not for this actor or state is not listed at all. A record type answers its steps
 * from the same guards its transitions use, so a screen never offers what the rule then refuses.
 */
public record Step<K extends Enum<K>>(K kind, Optional<Refusal> blockedBy) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(blockedBy, "blockedBy");
    }

    public static <K extends Enum<K>> Step<K> open(K kind) {
        return new Step<>(kind, Optional.empty());
    }

    public static <K extends Enum<K>> Step<K> blocked(K kind, Refusal why) {
        return new Step<>(kind, Optional.of(why));
    }

    /** Open when the guard has no refusal, else blocked by it. */
    public static <K extends Enum<K>> Step<K> of(K kind, Optional<Refusal> refusal) {
        return new Step<>(kind, refusal);
    }


    public boolean isOpen() {
        return blockedBy.isEmpty();
    }
}
