package dev.opscharter.domain.survey;

import java.util.Objects;
import java.util.Optional;

/**
 * What the results show of one group: its value, or that it is hidden and why. A hidden group has
 * no number at all — not 0, not a count — so nothing downstream can print one by mistake.
 */
public sealed interface Disclosed<T> permits Disclosed.Shown, Disclosed.Hidden {

    /** Why a group is hidden; the screens word each one ("fewer than 3 responses", …). */
    enum Why {
        /** The group itself has fewer respondents than the campaign's minimum. */
        FEWER_THAN_MINIMUM,
        /** Large enough, but showing it would let a smaller hidden group be worked out by subtraction. */
        PROTECTS_A_SMALLER_GROUP,
        /** The group it belongs to is hidden, so nothing inside it is shown. */
        WITHIN_A_HIDDEN_GROUP
    }

    record Shown<T>(T value) implements Disclosed<T> {

        public Shown {
            Objects.requireNonNull(value, "value");
        }
    }

    record Hidden<T>(int minimum, Why why) implements Disclosed<T> {

        public Hidden {
            Objects.requireNonNull(why, "why");
        }
    }

    default Optional<T> shown() {
        return this instanceof Shown<T>(T value) ? Optional.of(value) : Optional.empty();
    }

    default boolean isShown() {
        return this instanceof Shown<T>;
    }
}
