package dev.opscharter.application.team.port.out;

import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.team.AppraisalResult;
import dev.opscharter.domain.team.AppraisalResultId;

import java.util.List;
import java.util.Optional;

/** Where the appraisal results are kept: one per person and quarter. */
public interface AppraisalResults extends RecordStore<AppraisalResultId, AppraisalResult> {

    /**
     * Version 0 inserts (a second result of a person and quarter is refused with {@code rule.team.appraisal.twice});
     * otherwise the stored version must match, else {@code ConcurrentModification}. Returns it one version on.
     */
    @Override
    AppraisalResult save(AppraisalResult result);

    Optional<AppraisalResult> of(PersonId person, Period.Quarter quarter);

    /** The results of the quarters {@code from} to {@code to}, both included. */
    List<AppraisalResult> between(Period.Quarter from, Period.Quarter to);
}
