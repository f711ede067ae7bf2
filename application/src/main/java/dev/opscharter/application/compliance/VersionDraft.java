package dev.opscharter.application.compliance;

import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.LimitBasis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A version as the user or the file defines it; the manual numbers it when it is added. */
public record VersionDraft(LocalDate effectiveFrom, LimitBasis basis, Optional<Duration> endToEndLimit,
                           List<ProcessStep> steps, Set<StepCode> endSteps) {

    public VersionDraft {
        Objects.requireNonNull(effectiveFrom);
        Objects.requireNonNull(basis);
        Objects.requireNonNull(endToEndLimit);
        steps = List.copyOf(steps);
        endSteps = Set.copyOf(endSteps);
    }

    public static VersionDraft of(ProcessVersion version) {
        return new VersionDraft(version.effectiveFrom(), version.basis(), version.endToEndLimit(), version.steps(),
                version.endSteps());
    }

    /** The domain's checks (steps, end steps, limits) run here. */
    public ProcessVersion numbered(int number) {
        return new ProcessVersion(number, effectiveFrom, steps, endToEndLimit, endSteps, basis);
    }

    /** Whether a stored version defines the same thing (its number aside). */
    public boolean sameAs(ProcessVersion version) {
        return effectiveFrom.equals(version.effectiveFrom()) && basis == version.basis()
                && endToEndLimit.equals(version.endToEndLimit()) && steps.equals(version.steps())
                && endSteps.equals(version.endSteps());
    }
}
