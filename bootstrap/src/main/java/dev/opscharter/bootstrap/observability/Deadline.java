package dev.opscharter.bootstrap.observability;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work that must answer in time although the database may not (it is down, or hangs): the work runs
 * on a virtual thread of its own, the caller waits at most the deadline, and work still going then
 * is interrupted (a wait for the pool ends at once) and abandoned. No pooled thread is tied up.
 */
public final class Deadline {

    private Deadline() {
    }

    /**
     * The work's answer.
     *
     * @throws TimeoutException   it did not answer within the deadline
     * @throws ExecutionException it failed; the cause is its exception
     */
    public static <T> T await(String name, Duration deadline, Callable<T> work)
            throws TimeoutException, ExecutionException, InterruptedException {
        var answer = new FutureTask<>(work);
        Thread.ofVirtual().name(name).start(answer);
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException late) {
            answer.cancel(true);
            throw late;
        }
    }
}
