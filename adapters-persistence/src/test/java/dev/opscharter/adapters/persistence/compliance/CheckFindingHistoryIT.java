package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.compliance.port.out.FindingHistory;
import dev.opscharter.application.compliance.service.CheckFindingHistory;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessResult;
import dev.opscharter.domain.compliance.Rate;
import dev.opscharter.domain.compliance.RunInfo;
import dev.opscharter.domain.compliance.RunState;
import dev.opscharter.domain.compliance.StepTally;
import dev.opscharter.domain.compliance.TypeTally;
import dev.opscharter.domain.shared.Period;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The finding history as production builds it: read from the check results in PostgreSQL. */
@PersistenceIntegrationTest
class CheckFindingHistoryIT extends FindingHistoryContract {

    @Autowired
    private ComplianceChecks checks;

    @Override
    protected FindingHistory history() {
        return new CheckFindingHistory(checks);
    }

    @Override
    protected UUID completed(Period period, Optional<String> scope, Map<String, List<StepTally>> tallies, Instant at) {
        var check = checks.open(period, scope.map(ProcessCode::new));
        var results = tallies.entrySet().stream().map(p -> new ProcessResult(p.getKey(), Optional.empty(),
                new Rate(1, 2), 6, 0, byType(p.getValue()), p.getValue())).toList();
        try (var writer = checks.beginRun(check.id(), new RunInfo(UUID.randomUUID(), at, at, at, "王运营", 6))) {
            writer.publish(results, List.of(), List.of(), 6, at.plusSeconds(1));
        }
        assertThat(checks.byId(check.id()).orElseThrow().state()).isEqualTo(RunState.DONE);
        return check.id().value();
    }

    private static List<TypeTally> byType(List<StepTally> steps) {
        return steps.stream().collect(Collectors.groupingBy(StepTally::type, Collectors.summingLong(StepTally::deviations)))
                .entrySet().stream().map(e -> new TypeTally(e.getKey(), e.getValue(), e.getValue())).toList();
    }

    @Override
    protected void failedWithoutCompleting(Period period, Optional<String> scope) {
        var check = checks.open(period, scope.map(ProcessCode::new));
        checks.changeState(check.id(), RunState.FAILED, Optional.of("the process died"));
    }

    @Override
    protected void runAgainAndFail(Period period, Optional<String> scope) {
        var id = checks.queue(period, scope.map(ProcessCode::new)).orElseThrow();
        checks.markRunning(id, "host-a:42", Instant.now());
        checks.changeState(id, RunState.FAILED, Optional.of("the process died"));
    }
}
