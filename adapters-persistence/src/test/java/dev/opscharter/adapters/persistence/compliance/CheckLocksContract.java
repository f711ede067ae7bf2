package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.CheckLocks;
import dev.opscharter.domain.compliance.CheckId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link CheckLocks} does, the in-memory fake as much as the PostgreSQL adapter. Each
 * holder acts from a thread of its own, as instances do from their own connections.
 */
abstract class CheckLocksContract {

    /** Far beyond what any test waits for: reaching it means the lock was never handed over. */
    static final Duration LONG = Duration.ofSeconds(30);

    protected abstract CheckLocks locks();

    /** Returns once some caller waits in {@link CheckLocks#lock} for the check's lock. */
    protected abstract void awaitWaiter(CheckId check) throws Exception;

    private final ExecutorService elsewhere = Executors.newCachedThreadPool();

    @AfterEach
    void stopElsewhere() {
        elsewhere.shutdownNow();
    }

    private Optional<CheckLocks.Lease> tryLockElsewhere(CheckId check) throws Exception {
        return elsewhere.submit(() -> locks().tryLock(check)).get(10, TimeUnit.SECONDS);
    }

    /** Someone else takes the lock at once (so it was free) and lets go. */
    private void assertFreeElsewhere(CheckId check) throws Exception {
        var lease = tryLockElsewhere(check);
        assertThat(lease).as("free").isPresent();
        lease.get().close();
    }

    @Test
    void try_lock_refuses_at_once_while_someone_holds_the_lock_and_takes_it_once_they_let_go() throws Exception {
        var check = CheckId.random();
        try (var held = locks().tryLock(check).orElseThrow()) {
            assertThat(tryLockElsewhere(check)).isEmpty();
        }
        assertFreeElsewhere(check);
    }

    @Test
    void lock_waits_for_the_holder_and_takes_the_lock_as_soon_as_they_let_go() throws Exception {
        var check = CheckId.random();
        var holder = locks().tryLock(check).orElseThrow();
        var waiter = elsewhere.submit(() -> locks().lock(check, LONG));

        awaitWaiter(check);
        assertThat(waiter).as("still waiting while the lock is held").isNotDone();
        holder.close();

        var lease = waiter.get(LONG.toSeconds() / 2, TimeUnit.SECONDS);
        assertThat(lease).isPresent();
        assertThat(tryLockElsewhere(check)).as("the waiter holds it now").isEmpty();
        lease.get().close();
    }

    @Test
    void lock_gives_up_after_its_patience_while_the_holder_keeps_the_lock() throws Exception {
        var check = CheckId.random();
        var patience = Duration.ofMillis(300);
        try (var held = locks().tryLock(check).orElseThrow()) {
            long start = System.nanoTime();
            var lease = elsewhere.submit(() -> locks().lock(check, patience)).get(10, TimeUnit.SECONDS);
            var waited = Duration.ofNanos(System.nanoTime() - start);

            assertThat(lease).isEmpty();
            assertThat(waited).isGreaterThanOrEqualTo(patience).isLessThan(Duration.ofSeconds(10));
        }
        var free = locks().lock(check, patience);
        assertThat(free).as("the holder let go").isPresent();
        free.get().close();
    }

    @Test
    void closing_a_lease_releases_the_lock_and_closing_it_again_does_nothing() throws Exception {
        var check = CheckId.random();
        var first = locks().lock(check, Duration.ofSeconds(1)).orElseThrow();
        first.close();

        var second = elsewhere.submit(() -> locks().lock(check, Duration.ofSeconds(1))).get(10, TimeUnit.SECONDS);
        assertThat(second).isPresent();
        first.close();
        assertThat(tryLockElsewhere(check)).as("the second holder keeps it").isEmpty();
        second.get().close();
        assertFreeElsewhere(check);
    }

    @Test
    void the_locks_of_two_checks_are_independent() throws Exception {
        var one = CheckId.random();
        var other = CheckId.random();
        try (var held = locks().tryLock(one).orElseThrow()) {
            long start = System.nanoTime();
            var lease = elsewhere.submit(() -> locks().lock(other, LONG)).get(10, TimeUnit.SECONDS);

            assertThat(lease).isPresent();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(tryLockElsewhere(one)).isEmpty();
            lease.get().close();
        }
    }

    @Test
    void of_many_racing_for_a_free_lock_exactly_one_gets_it_and_not_even_it_twice() throws Exception {
        var check = CheckId.random();
        int racers = 6;
        var start = new CyclicBarrier(racers);
        var leases = new ArrayList<Future<Optional<CheckLocks.Lease>>>();
        for (int i = 0; i < racers; i++) {
            leases.add(elsewhere.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return locks().tryLock(check);
            }));
        }
        var won = new ArrayList<CheckLocks.Lease>();
        for (var lease : leases) {
            lease.get(10, TimeUnit.SECONDS).ifPresent(won::add);
        }

        assertThat(won).hasSize(1);
        assertThat(locks().tryLock(check)).as("held").isEmpty();
        won.getFirst().close();
        assertFreeElsewhere(check);
    }

    @Test
    void waiters_get_the_lock_one_after_another_never_two_at_once() throws Exception {
        var check = CheckId.random();
        // the holder, the waiters and the test's own look at pg_locks each take a pooled connection: the
        // test pool has five, so more waiters would leave the look waiting out the waiters' patience
        int waiters = 3;
        var holding = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        var holder = locks().tryLock(check).orElseThrow();
        var done = new ArrayList<Future<Boolean>>();
        for (int i = 0; i < waiters; i++) {
            done.add(elsewhere.submit(() -> {
                var lease = locks().lock(check, LONG);
                if (lease.isEmpty()) {
                    return false;
                }
                try (var held = lease.get()) {
                    mostAtOnce.accumulateAndGet(holding.incrementAndGet(), Math::max);
                    Thread.sleep(20); // holds it a moment, so that an overlap would show
                    holding.decrementAndGet();
                }
                return true;
            }));
        }
        awaitWaiter(check);
        holder.close();

        for (var waiter : done) {
            assertThat(waiter.get(LONG.toSeconds(), TimeUnit.SECONDS)).as("got the lock").isTrue();
        }
        assertThat(mostAtOnce).hasValue(1);
        assertFreeElsewhere(check);
    }

    /** Background work stops waiting when it is told to stop (a job server shutting down interrupts it). */
    @Test
    void a_waiter_interrupted_while_it_waits_gives_up_at_once_and_keeps_its_interrupt() throws Exception {
        var check = CheckId.random();
        try (var held = locks().tryLock(check).orElseThrow()) {
            var thread = new AtomicReference<Thread>();
            var interrupted = new AtomicBoolean();
            var waiter = elsewhere.submit(() -> {
                thread.set(Thread.currentThread());
                var lease = locks().lock(check, LONG);
                interrupted.set(Thread.currentThread().isInterrupted());
                return lease;
            });
            awaitWaiter(check);
            long start = System.nanoTime();
            thread.get().interrupt();

            assertThat(waiter.get(LONG.toSeconds(), TimeUnit.SECONDS)).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(interrupted).as("interrupt status kept").isTrue();
        }
    }

    @Test
    void a_thread_interrupted_before_it_asks_does_not_wait() throws Exception {
        var check = CheckId.random();
        try (var held = locks().tryLock(check).orElseThrow()) {
            long start = System.nanoTime();
            var waiter = elsewhere.submit(() -> {
                Thread.currentThread().interrupt();
                var lease = locks().lock(check, LONG);
                return lease.isEmpty() && Thread.currentThread().isInterrupted();
            });

            assertThat(waiter.get(LONG.toSeconds(), TimeUnit.SECONDS)).as("empty, interrupt kept").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }
}
