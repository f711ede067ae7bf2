package dev.opscharter.application.shared;

import dev.opscharter.domain.shared.Step;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A record with the steps the current actor may take on it, as the domain answers them: what a detail view shows. */
public record WithSteps<A, K extends Enum<K>>(A record, List<Step<K>> steps) {

    public WithSteps {
        Objects.requireNonNull(record, "record");
        steps = List.copyOf(steps);
    }

    /** The step of that kind, if it is one for this actor at all (it may still be blocked). */
    public Optional<Step<K>> step(K kind) {
        return steps.stream().filter(step -> step.kind() == kind).findFirst();
    }
}
