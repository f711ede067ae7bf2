package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.out.FindingHistory;
import dev.opscharter.domain.shared.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Completed checks as a test sets them up, latest last. A check covers a process when it has a
 * finding of it or was recorded for every process (the fake keeps no process list: tests record
 * a check of the period with whatever findings it should have).
 */
public final class InMemoryFindingHistory implements FindingHistory {

    private final List<CheckedPeriod> checks = new ArrayList<>();

    public synchronized void record(CheckedPeriod check) {
        checks.add(check);
    }

    @Override
    public synchronized Optional<CheckedPeriod> latestCheck(Period period, String processCode) {
        return checks.reversed().stream()
                .filter(c -> c.periodKey().equals(period.key()))
                .findFirst()
                .map(c -> new CheckedPeriod(c.checkId(), c.periodKey(), c.findings().stream()
                        .filter(f -> f.ref().processCode().equals(processCode)).toList()));
    }
}
