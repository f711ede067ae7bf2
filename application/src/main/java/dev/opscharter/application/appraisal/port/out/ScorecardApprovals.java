package dev.opscharter.application.appraisal.port.out;

import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.shared.Period;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ScorecardApprovals {

    /** A second approval of the same period is a ConcurrentModification. */
    void add(ScorecardApproval approval);

    Optional<ScorecardApproval> of(Period period);

    List<ScorecardApproval> of(Collection<? extends Period> periods);
}
