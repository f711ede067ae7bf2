package dev.opscharter.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /** What a transition does with its guard's answer: a refusal is thrown as the rule violation it is. */
    public static void enforce(Optional<Refusal> guard) {
        if (guard.isPresent()) {
            throw guard.get().violation();
        }
    }

    /** A guard's refusal: for guards written as {@code condition ? Optional.empty() : Refusal.because(key)}. */
    public static Optional<Refusal> because(String messageKey, Object... arguments) {
        return Optional.of(of(messageKey, arguments));
    }
}
