package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.application.efficiency.fakes.InMemoryCaseDurations;
import dev.opscharter.application.efficiency.port.out.CaseDurations;

import java.time.Duration;
import java.time.Instant;

class CaseDurationsFakeTest extends CaseDurationsContract {

    private final InMemoryCaseDurations durations = new InMemoryCaseDurations();

    @Override
    protected CaseDurations durations() {
        return durations;
    }

    @Override
    protected void addCase(String process, Instant first, Duration duration) {
        durations.add(process, first, first.plus(duration));
    }
}
