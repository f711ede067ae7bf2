package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.out.FindingHistory;
import dev.opscharter.domain.shared.Period;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Completed checks as a test sets them up. {@link #record(CheckedPeriod)} records a check of every
 * process run after all before it; {@link #record(CheckedPeriod, Optional, Instant)} names the scope
 * and when it ran, as the check results do. The latest run covering the process answers.
 */
public final class InMemoryFindingHistory implements FindingHistory {

    private record Completed(CheckedPeriod check, Optional<String> scope, Instant ranAt) {
    }

    private final List<Completed> checks = new ArrayList<>();

    /** A check of every process, completed after every check recorded before. */
    public synchronized void record(CheckedPeriod check) {
        var after = checks.stream().map(Completed::ranAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        record(check, Optional.empty(), after.plusNanos(1));
    }

    /** @param scope the one process the check covered; empty: every process */
    public synchronized void record(CheckedPeriod check, Optional<String> scope, Instant ranAt) {
        checks.add(new Completed(check, scope, ranAt));
    }

    @Override
    public synchronized Optional<CheckedPeriod> latestCheck(Period period, String processCode) {
        return checks.reversed().stream()
                .filter(c -> c.check().periodKey().equals(period.key()))
                .filter(c -> c.scope().map(processCode::equals).orElse(true))
                .max(Comparator.comparing(Completed::ranAt))
                .map(Completed::check)
                .map(c -> new CheckedPeriod(c.checkId(), c.periodKey(), c.findings().stream()
                        .filter(f -> f.ref().processCode().equals(processCode)).toList()));
    }
}
