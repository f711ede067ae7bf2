package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.compliance.port.out.FindingHistory;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.shared.Period;

import java.util.Comparator;
import java.util.Optional;

/**
 * The findings of completed checks, read from the check results: one finding per deviation type
 * and step of a process (the case-level CASE_LATE without a step). Rectification asks it whether
 * the deviation of an action recurred in the next period.
 */
public final class CheckFindingHistory implements FindingHistory {

    private final ComplianceChecks checks;

    public CheckFindingHistory(ComplianceChecks checks) {
        this.checks = checks;
    }

    @Override
    public Optional<CheckedPeriod> latestCheck(Period period, String processCode) {
        return checks.all().stream()
                // completed = has results (a run published), whatever its state now: a later run that is
                // queued, running or failed leaves them standing
                .filter(c -> c.period().equals(period) && c.lastRunAt().isPresent())
                .filter(c -> c.process().map(p -> p.value().equals(processCode)).orElse(true))
                .max(Comparator.comparing((CheckEntry c) -> c.lastRunAt().orElseThrow()))
                .flatMap(c -> checks.report(c.id()))
                .map(report -> new CheckedPeriod(report.check().id().value(), period.key(),
                        report.processes().stream()
                                .filter(p -> p.processCode().equals(processCode))
                                .flatMap(p -> p.byStep().stream())
                                .map(tally -> new Finding(new FindingRef(report.check().id().value(), period.key(),
                                        processCode, tally.type(), tally.stepCode().isEmpty() ? null : tally.stepCode()),
                                        tally.type() + (tally.stepCode().isEmpty() ? "" : " @ " + tally.stepCode()),
                                        tally.deviations()))
                                .toList()));
    }
}
