package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.out.CheckScheduler;
import dev.opscharter.domain.compliance.CheckId;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps the checks queued for the background, so a test can run them as the job would. */
public final class RecordingCheckScheduler implements CheckScheduler {

    private final List<CheckId> queued = new ArrayList<>();
    private final List<String> requestedBy = new ArrayList<>();
    private @Nullable RuntimeException failNext;

    @Override
    public synchronized void enqueue(CheckId check, String requestedBy) {
        if (failNext != null) {
            var failure = failNext;
            failNext = null;
            throw failure;
        }
        queued.add(check);
        this.requestedBy.add(requestedBy);
    }

    /** The next enqueue fails with this, as when the job store is unreachable. */
    public synchronized void failNext(RuntimeException failure) {
        failNext = failure;
    }

    /** Who asked for each queued run, in the order of {@link #queued()}. */
    public synchronized List<String> requestedBy() {
        return List.copyOf(requestedBy);
    }

    /** The latest request for the check: every one not {@link #ran} still waits. */
    @Override
    public synchronized Optional<String> requestedBy(CheckId check) {
        for (int i = queued.size() - 1; i >= 0; i--) {
            if (queued.get(i).equals(check)) {
                return Optional.of(requestedBy.get(i));
            }
        }
        return Optional.empty();
    }

    /** The background ran the check's queued runs: nobody waits for it any more. */
    public synchronized void ran(CheckId check) {
        for (int i = queued.size() - 1; i >= 0; i--) {
            if (queued.get(i).equals(check)) {
                queued.remove(i);
                requestedBy.remove(i);
            }
        }
    }

    public synchronized List<CheckId> queued() {
        return List.copyOf(queued);
    }
}
