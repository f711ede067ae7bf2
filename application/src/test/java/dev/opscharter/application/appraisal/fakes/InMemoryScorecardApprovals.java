package dev.opscharter.application.appraisal.fakes;

import dev.opscharter.application.appraisal.port.out.ScorecardApprovals;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.shared.Period;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Approvals kept in memory, one per period; a second approval of a period is a ConcurrentModification. */
public final class InMemoryScorecardApprovals implements ScorecardApprovals {

    private final Map<Period, ScorecardApproval> approvals = new LinkedHashMap<>();

    public InMemoryScorecardApprovals() {
    }

    @Override
    public synchronized void add(ScorecardApproval approval) {
        if (approvals.putIfAbsent(approval.period(), approval) != null) {
            throw new ConcurrentModification("ScorecardApproval", approval.period().key());
        }
    }

    @Override
    public synchronized Optional<ScorecardApproval> of(Period period) {
        return Optional.ofNullable(approvals.get(period));
    }

    @Override
    public synchronized List<ScorecardApproval> of(Collection<? extends Period> periods) {
        return approvals.values().stream().filter(a -> periods.contains(a.period())).toList();
    }
}
