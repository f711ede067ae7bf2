package dev.opscharter.application.compliance.port.out;

import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.shared.Period;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The findings of completed compliance checks, as rectification needs them: to tell whether a
 * deviation recurred in the next period. Implemented against the check results.
 */
public interface FindingHistory {

    /**
     * The findings of the latest completed check of {@code period} that covered {@code processCode}
     * (a check of every process, or of that one); empty when no such check has completed.
     */
    Optional<CheckedPeriod> latestCheck(Period period, String processCode);

    /** @param findings the findings of that process only */
    record CheckedPeriod(UUID checkId, String periodKey, List<Finding> findings) {

        public CheckedPeriod {
            Objects.requireNonNull(checkId);
            Objects.requireNonNull(periodKey);
            findings = List.copyOf(findings);
        }
    }

    record Finding(FindingRef ref, String description, long cases) {
    }
}
