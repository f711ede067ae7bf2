package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.CheckLocks;
import dev.opscharter.domain.compliance.CheckId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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

    @Test
    void try_lock_refuses_at_once_while_someone_holds_the_lock_and_takes_it_once_they_let_go() throws Exception {
        var check = CheckId.random();
        try (var held = locks().tryLock(check).orElseThrow()) {
            assertThat(tryLockElsewhere(check)).isEmpty();
        }
        var again = tryLockElsewhere(check);
        assertThat(again).isPresent();
        again.get().close();
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
        var third = tryLockElsewhere(check);
        assertThat(third).isPresent();
        third.get().close();
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
}
