package dev.opscharter.domain.compliance;

import java.util.List;

/** A deviating case with what was wrong, as stored with the check. */
public record CaseResult(CaseSummary summary, List<Deviation> deviations) {

    public CaseResult {
        deviations = List.copyOf(deviations);
    }
}
