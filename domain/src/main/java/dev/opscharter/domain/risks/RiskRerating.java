package dev.opscharter.domain.risks;

import dev.opscharter.domain.shared.Require;

import java.time.Instant;
import java.util.Objects;

/** One entry of a risk's rating history: the rating it had, the one it was given, by whom, when and why. */
public record RiskRerating(RiskRating before, RiskRating after, String by, Instant at, String reason) {

    public static final int MAX_REASON = 500;

    public RiskRerating {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        by = Require.text(by, "by", 100);
        Objects.requireNonNull(at, "at");
        reason = Require.text(reason, "reason", MAX_REASON);
    }
}
