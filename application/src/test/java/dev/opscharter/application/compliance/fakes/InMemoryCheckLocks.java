package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.out.CheckLocks;
import dev.opscharter.domain.compliance.CheckId;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Locks in memory; {@link #holdElsewhere} plays another instance running the check. A waiting
 * {@link #lock} sleeps on this object's monitor until a lease is closed or its patience runs out.
 */
public final class InMemoryCheckLocks implements CheckLocks {

    /** Guarded by {@code this}, as is {@link #waiting}. */
    private final Set<CheckId> held = new HashSet<>();
    private final Map<CheckId, Integer> waiting = new HashMap<>();

    @Override
    public synchronized Optional<Lease> tryLock(CheckId check) {
        return held.add(check) ? Optional.of(lease(check)) : Optional.empty();
    }

    @Override
    public synchronized Optional<Lease> lock(CheckId check, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        waiting.merge(check, 1, Integer::sum);
        notifyAll();
        try {
            while (held.contains(check)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            waiting.merge(check, -1, (a, b) -> a + b == 0 ? null : a + b);
        }
        held.add(check);
        return Optional.of(lease(check));
    }

    /** Blocks until some thread waits in {@link #lock} for the check; a test's holder then lets go. */
    public synchronized void awaitWaiter(CheckId check, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!waiting.containsKey(check)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("nobody waited for the lock of " + check + " within " + atMost);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private Lease lease(CheckId check) {
        var open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                release(check);
            }
        };
    }

    private synchronized void release(CheckId check) {
        held.remove(check);
        notifyAll();
    }

    /** Another instance holds the lock until the lease is closed. */
    public Lease holdElsewhere(CheckId check) {
        return tryLock(check).orElseThrow();
    }

    public synchronized boolean isHeld(CheckId check) {
        return held.contains(check);
    }
}
