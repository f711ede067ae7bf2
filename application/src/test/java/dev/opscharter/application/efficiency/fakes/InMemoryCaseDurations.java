package dev.opscharter.application.efficiency.fakes;

import dev.opscharter.application.efficiency.port.out.CaseDurations;
import dev.opscharter.domain.efficiency.WindowDurations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The execution records' case summaries in memory: each case of a process with its first and last event.
 * The percentiles interpolate between neighbours, as PostgreSQL's {@code percentile_cont}.
 */
public final class InMemoryCaseDurations implements CaseDurations {

    private record Case(String process, Instant first, Instant last) {
    }

    private final List<Case> cases = new ArrayList<>();

    /** A case of {@code process} from its first event to its last. */
    public synchronized void add(String process, Instant first, Instant last) {
        cases.add(new Case(process, first, last));
    }

    @Override
    public synchronized Optional<WindowDurations> startedBetween(String processCode, Instant from, Instant until) {
        var seconds = cases.stream()
                .filter(c -> c.process().equals(processCode) && !c.first().isBefore(from) && c.first().isBefore(until))
                .mapToDouble(c -> Duration.between(c.first(), c.last()).toNanos() / 1e9).sorted().toArray();
        if (seconds.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowDurations(seconds.length, percentile(seconds, 0.5), percentile(seconds, 0.9)));
    }

    @Override
    public synchronized boolean hasRecords(String processCode) {
        return cases.stream().anyMatch(c -> c.process().equals(processCode));
    }

    private static Duration percentile(double[] sorted, double fraction) {
        double position = fraction * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        double value = sorted[below] + (position - below) * (sorted[above] - sorted[below]);
        return Duration.ofMillis(Math.round(value * 1000));
    }
}
