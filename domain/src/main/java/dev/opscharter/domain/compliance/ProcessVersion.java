package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Versioned;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a process as the manual defines it from a day on: the steps in their order, the
 * end-to-end limit, the steps that finish a case, and whether limits count calendar or working hours.
 */
public record ProcessVersion(int number, LocalDate effectiveFrom, List<ProcessStep> steps,
                             Optional<Duration> endToEndLimit, Set<StepCode> endSteps, LimitBasis basis)
        implements Versioned {

    public ProcessVersion {
        if (number < 1) {
            throw new InvalidValue("version", "validation.value.at-least", 1);
        }
        BusinessDate.check(effectiveFrom, "effectiveFrom");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new InvalidValue("steps", "validation.compliance.no-steps");
        }
        var seen = new HashMap<StepCode, Integer>();
        for (var step : steps) {
            if (seen.put(step.code(), seen.size()) != null) {
                throw new InvalidValue("steps", "validation.compliance.duplicate-step", step.code().value());
            }
        }
        Objects.requireNonNull(endToEndLimit);
        endToEndLimit.ifPresent(l -> {
            if (l.isNegative() || l.isZero()) {
                throw new InvalidValue("endToEndLimit", "validation.compliance.limit-positive");
            }
        });
        endSteps = Set.copyOf(endSteps);
        if (endSteps.isEmpty()) {
            throw new InvalidValue("endSteps", "validation.compliance.no-end-step");
        }
        for (var end : endSteps) {
            if (!seen.containsKey(end)) {
                throw new InvalidValue("endSteps", "validation.compliance.unknown-end-step", end.value());
            }
        }
        Objects.requireNonNull(basis);
    }

    /** The position of each step code in the defined order. */
    public Map<String, Integer> positions() {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < steps.size(); i++) {
            positions.put(steps.get(i).code().value(), i);
        }
        return positions;
    }

    public Optional<ProcessStep> step(String code) {
        return steps.stream().filter(s -> s.code().value().equals(code)).findFirst();
    }
}
