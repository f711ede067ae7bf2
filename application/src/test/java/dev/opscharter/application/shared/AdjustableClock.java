package dev.opscharter.application.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A fixed clock that a test may set or move forward, e.g. to let a lock-out expire. */
public final class AdjustableClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    public AdjustableClock(Instant now) {
        this(now, ZoneOffset.UTC);
    }

    private AdjustableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new AdjustableClock(now, other);
    }
}
