package dev.opscharter.domain.appraisal;

import java.math.BigDecimal;
import java.util.List;
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
                         Status status, boolean counts, Optional<Progress> progress) {

    public PartResult {
        values = List.copyOf(values);
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
