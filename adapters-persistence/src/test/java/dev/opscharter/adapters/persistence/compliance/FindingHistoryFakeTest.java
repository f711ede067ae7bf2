package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.fakes.InMemoryFindingHistory;
import dev.opscharter.application.compliance.port.out.FindingHistory;
import dev.opscharter.application.compliance.port.out.FindingHistory.CheckedPeriod;
import dev.opscharter.application.compliance.port.out.FindingHistory.Finding;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.compliance.StepTally;
import dev.opscharter.domain.shared.Period;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The fake records completed checks only: a run that never completed leaves nothing to record. */
class FindingHistoryFakeTest extends FindingHistoryContract {

    private final InMemoryFindingHistory history = new InMemoryFindingHistory();
    private final Map<String, UUID> checkIds = new HashMap<>();

    @Override
    protected FindingHistory history() {
        return history;
    }

    @Override
    protected UUID completed(Period period, Optional<String> scope, Map<String, List<StepTally>> tallies, Instant at) {
        var id = checkIds.computeIfAbsent(period.key() + "/" + scope.orElse("*"), k -> UUID.randomUUID());
        var findings = tallies.entrySet().stream().flatMap(process -> process.getValue().stream()
                .map(t -> new Finding(new FindingRef(id, period.key(), process.getKey(), t.type(), t.stepCode()),
                        t.type() + " @ " + t.stepCode(), t.deviations()))).toList();
        history.record(new CheckedPeriod(id, period.key(), findings), scope, at);
        return id;
    }

    @Override
    protected void failedWithoutCompleting(Period period, Optional<String> scope) {
    }

    @Override
    protected void runAgainAndFail(Period period, Optional<String> scope) {
    }
}
