package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Require;
import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Names a finding of a compliance check: the deviations of one type in one process (and, for the
 * step rules, one step) found by a check of a period. It is a value, not a reference to a stored
 * row, so rectification stays loosely coupled to the check results: a corrective action carries
 * its finding, and a later check "has the same finding" when process, type and step agree.
 *
 * @param checkId   the check that found it; {@code null} for an action raised by hand before the
 *                  check results link here
 * @param periodKey the checked period, {@link Period#key()} form ({@code 2026-Q3})
 * @param step      the step code for step rules; {@code null} for case-level deviations ({@code CASE_LATE})
 */
public record FindingRef(@Nullable UUID checkId, String periodKey, String processCode, DeviationType type,
                         @Nullable String step) implements ActionOrigin {

    public FindingRef {
        periodKey = Period.parse(Require.text(periodKey, "period", 16)).key();
        processCode = Require.text(processCode, "process", 48);
        Require.present(type, "deviationType");
        if (step != null) {
            step = step.strip();
            if (step.isEmpty()) {
                step = null;
            } else if (step.length() > 48) {
                throw new InvalidValue("step", "validation.too-long", 48);
            }
        }
    }

    public Optional<UUID> check() {
        return Optional.ofNullable(checkId);
    }

    public Optional<String> stepCode() {
        return Optional.ofNullable(step);
    }

    /** Same process, deviation type and step: what "the same deviation" means across checks. */
    public boolean sameDeviationAs(FindingRef other) {
        return processCode.equals(other.processCode) && type == other.type && Objects.equals(step, other.step);
    }

    /** The finding of this very check (or, without a check, of the same period). */
    public boolean sameFindingAs(FindingRef other) {
        return sameDeviationAs(other) && periodKey.equals(other.periodKey)
                && (checkId == null || other.checkId == null || checkId.equals(other.checkId));
    }
}
