package dev.opscharter.bootstrap.config;

import dev.opscharter.application.compliance.fakes.RecordingCheckScheduler;
import dev.opscharter.application.compliance.port.out.CheckScheduler;
import dev.opscharter.domain.compliance.CheckId;

/** The fake keeps every request until a test says the background ran the check. */
class CheckSchedulerFakeTest extends CheckSchedulerContract {

    private final RecordingCheckScheduler scheduler = new RecordingCheckScheduler();

    @Override
    protected CheckScheduler scheduler() {
        return scheduler;
    }

    @Override
    protected void startRunning(CheckId check) {
        // a queued and a running request look alike to the fake
    }

    @Override
    protected void finishRuns(CheckId check) {
        scheduler.ran(check);
    }
}
