package dev.opscharter.domain.shared;

import java.util.List;
import java.util.Objects;

/** Why a step is blocked: what a {@link RuleViolation} carries, as a value a screen can show before anyone tries. */
public record Refusal(String messageKey, List<Object> arguments) {

    public Refusal {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static Refusal of(String messageKey, Object... arguments) {
        return new Refusal(messageKey, List.of(arguments));
    }

    public static Refusal of(RuleViolation violation) {
        return new Refusal(violation.messageKey(), violation.arguments());
    }

    /** The refusal as the transition throws it. */
    public RuleViolation violation() {
        return new RuleViolation(messageKey, arguments.toArray());
    }
}
