package dev.opscharter.domain.costs;

import dev.opscharter.domain.shared.Require;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/** What was decided about a channel whose return fell below its cost in a month, by whom and why. */
public record RoiDecision(ChannelId channel, YearMonth month, Kind kind, String by, Instant at, String reason) {

    public static final int MAX_REASON = 1_000;

    public enum Kind {
        /** The channel is stopped: no more money goes into it. */
        STOP,
        /** The channel goes on with measures that should bring its return above its cost. */
        OPTIMIZE
    }

    public RoiDecision {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(month, "month");
        Require.present(kind, "kind");
        by = Require.text(by, "by", 100);
        Objects.requireNonNull(at, "at");
        reason = Require.text(reason, "reason", MAX_REASON);
    }
}
