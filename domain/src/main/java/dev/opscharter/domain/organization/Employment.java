package dev.opscharter.domain.organization;

import java.time.LocalDate;
import java.util.Objects;

/** Whether a person still works here; a departure keeps its date for retention figures. */
public sealed interface Employment {

    record Active() implements Employment {
    }

    record Left(LocalDate on) implements Employment {
        public Left {
            Objects.requireNonNull(on);
        }
    }

    Employment ACTIVE = new Active();

    default boolean isActiveOn(LocalDate day) {
        return switch (this) {
            case Active a -> true;
            case Left left -> day.isBefore(left.on());
        };
    }
}
