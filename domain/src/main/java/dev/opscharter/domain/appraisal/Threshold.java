package dev.opscharter.domain.appraisal;

import java.math.BigDecimal;
import java.util.Objects;

/** A standard as written: a direction and a figure, e.g. ≥ 95 or ≤ 0.5. */
public record Threshold(Direction direction, BigDecimal value) {

    public Threshold {
        Objects.requireNonNull(direction);
        Objects.requireNonNull(value);
    }

    public boolean isMetBy(Measurement measurement) {
        return measurement.meets(direction, value);
    }
}
