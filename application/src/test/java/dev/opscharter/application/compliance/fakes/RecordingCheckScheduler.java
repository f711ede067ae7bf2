package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CheckId;
import dev.opscharter.application.compliance.port.out.CheckScheduler;

import java.util.ArrayList;
import java.util.List;

/** Keeps the checks queued for the background, so a test can run them as the job would. */
public final class RecordingCheckScheduler implements CheckScheduler {

    private final List<CheckId> queued = new ArrayList<>();

    @Override
    public synchronized void enqueue(CheckId check) {
        queued.add(check);
    }

    public synchronized List<CheckId> queued() {
        return List.copyOf(queued);
    }
}
