package dev.opscharter.domain.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one part for a period: the figure against the threshold, and the values it came
 * from (one value, or the quarters an annual figure adds up).
 *
 * <p>An annual part in a quarter scorecard is {@link #progress() progress}, not a verdict of the
 * quarter: it shows the year-to-date figure against the pro-rata share of the annual threshold
 * ({@code counts} is false, the quarter's indicator is judged without it).
 */
public record PartResult(Part part, Threshold threshold, Optional<BigDecimal> figure, List<PartValue> values,
                         Status status, boolean counts, Optional<Progress> progress, Derivation derivation) {

    public PartResult {
        values = List.copyOf(values);
        Objects.requireNonNull(derivation);
    }

    /** How the figure was reached, so a reader can redo the arithmetic. */
    public enum Derivation {
        /** The period's own value, recorded or entered. */
        OWN,
        /** The quarters' counts added up: an annual part, or a count on a year without a figure of its own. */
        QUARTERS_ADDED,
        /** The mean of the four quarters' percentages: a quarterly part on a year without a figure of its own. */
        QUARTERS_AVERAGED
    }

    PartResult withStatus(Status newStatus) {
        return new PartResult(part, threshold, figure, values, newStatus, counts, progress, derivation);
    }

    public boolean failed() {
        return counts && status == Status.FAIL;
    }

    public boolean manual() {
        return values.stream().anyMatch(PartValue::isManual);
    }

    /** Year-to-date against the annual threshold and its pro-rata share by the end of the quarter. */
    public record Progress(BigDecimal yearToDate, BigDecimal annualThreshold, BigDecimal proRataThreshold) {
    }
}
