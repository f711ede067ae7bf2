package dev.opscharter.domain.targets;

import dev.opscharter.domain.shared.Require;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One value a target was given: by whom, when and why (the first one needs no reason). */
public record TargetRevision(BigDecimal value, String by, Instant at, Optional<String> reason) {

    public static final int MAX_REASON = 500;

    public TargetRevision {
        Objects.requireNonNull(value, "value");
        by = Require.text(by, "by", 100);
        Objects.requireNonNull(at, "at");
        reason = reason.map(String::strip).filter(r -> !r.isEmpty());
        reason.ifPresent(r -> Require.text(r, "reason", MAX_REASON));
    }
}
