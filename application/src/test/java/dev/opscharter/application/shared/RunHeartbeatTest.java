package dev.opscharter.application.shared;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunHeartbeatTest {

    final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-07-01T00:00:00Z"));

    @Test
    void a_run_whose_lock_is_free_was_interrupted_whatever_its_heartbeat() {
        var heartbeat = new RunHeartbeat("a", Duration.ofSeconds(10), Duration.ofMinutes(2), clock);

        assertThat(heartbeat.interrupted(true, Optional.of(clock.instant()))).isTrue();
        assertThat(heartbeat.interrupted(true, Optional.empty())).isTrue();
    }

    @Test
    void a_run_whose_lock_is_held_was_interrupted_only_once_its_heartbeat_is_older_than_the_timeout() {
        var heartbeat = new RunHeartbeat("a", Duration.ofSeconds(10), Duration.ofMinutes(2), clock);
        var beat = clock.instant();

        clock.advance(Duration.ofMinutes(2));
        assertThat(heartbeat.interrupted(false, Optional.of(beat))).as("exactly the timeout").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(heartbeat.interrupted(false, Optional.of(beat))).isTrue();
        assertThat(heartbeat.interrupted(false, Optional.empty())).as("no heartbeat: only the lock tells").isFalse();
    }

    @Test
    void it_beats_until_closed_and_a_failed_beat_does_not_stop_it() throws InterruptedException {
        var heartbeat = new RunHeartbeat("a", Duration.ofMillis(5), Duration.ofSeconds(1), clock);
        var beats = new AtomicInteger();
        var three = new CountDownLatch(3);

        try (var beating = heartbeat.start(at -> {
            three.countDown();
            if (beats.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is busy");
            }
        })) {
            assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
        }
        int afterClose = beats.get();
        // closing joins the thread: no beat comes after it
        assertThat(beats.get()).isEqualTo(afterClose);
    }

    @Test
    void a_timeout_shorter_than_two_beats_is_refused() {
        assertThatThrownBy(() -> new RunHeartbeat("a", Duration.ofSeconds(10), Duration.ofSeconds(15), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
