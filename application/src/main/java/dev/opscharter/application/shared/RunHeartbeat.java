package dev.opscharter.application.shared;

import dev.opscharter.domain.shared.Interrupted;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The heartbeat of a long run (a compliance check, an import): while it runs, a virtual thread
 * writes "still running" every {@code every}; a run marked RUNNING is interrupted when nobody holds
 * its lock any more (its holder died and its connection with it) or when its heartbeat has been
 * silent longer than {@code timeout} (its holder's machine went away and the database has not yet
 * noticed the lost connection). The instance names who runs it, for the operator.
 */
public final class RunHeartbeat {

    /** Why an interrupted run failed; the UI says it in the user's language. */
    public static final String INTERRUPTED = Interrupted.REASON;

    private static final System.Logger LOG = System.getLogger(RunHeartbeat.class.getName());

    private final String instance;
    private final Duration every;
    private final Duration timeout;
    private final Clock clock;

    public RunHeartbeat(String instance, Duration every, Duration timeout, Clock clock) {
        if (every.isNegative() || every.isZero() || timeout.compareTo(every.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("a heartbeat every " + every + " needs a timeout of at least twice that, not "
                    + timeout);
        }
        this.instance = Objects.requireNonNull(instance);
        this.every = every;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** This application instance, as runs record it. */
    public String instance() {
        return instance;
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Whether a run marked RUNNING was interrupted.
     *
     * @param lockFree  nobody holds the run's lock: whoever ran it is gone
     * @param lastBeat  its latest heartbeat; none for a run written before heartbeats were (then only
     *                  the lock tells)
     */
    public boolean interrupted(boolean lockFree, Optional<Instant> lastBeat) {
        return lockFree || lastBeat.map(at -> at.plus(timeout).isBefore(clock.instant())).orElse(false);
    }

    /**
     * Marks FAILED each run still marked RUNNING that was {@link #interrupted}; returns how many it did.
     *
     * @param tryLock  the run's lock if it is free (released again at once), else empty
     * @param lastBeat the run's latest heartbeat
     * @param fail     marks the run FAILED if it is still RUNNING; whether it did
     */
    public <R> int recover(List<R> running, Function<R, Optional<Runnable>> tryLock,
                           Function<R, Optional<Instant>> lastBeat, Predicate<R> fail) {
        int recovered = 0;
        for (var run : running) {
            var release = tryLock.apply(run);
            try {
                if (interrupted(release.isPresent(), lastBeat.apply(run)) && fail.test(run)) {
                    recovered++;
                }
            } finally {
                release.ifPresent(Runnable::run);
            }
        }
        return recovered;
    }

    /**
     * Starts beating: {@code beat} is called with the time every {@code every} on a thread of its
     * own (it must open its own transaction) until the returned handle is closed. A beat that fails
     * is logged and the next one tried: a run is not stopped for a missed heartbeat.
     */
    public Beating start(Consumer<Instant> beat) {
        var thread = Thread.ofVirtual().name("run-heartbeat").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(every);
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    beat.accept(clock.instant());
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "a heartbeat could not be written: " + e.getMessage());
                }
            }
        });
        return () -> {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** A heartbeat going on until closed. */
    public interface Beating extends AutoCloseable {

        @Override
        void close();
    }
}
