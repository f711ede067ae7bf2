package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;

import java.util.Objects;

/** The figure of one part for one period, and where it comes from. */
public record PartValue(Part part, Period period, Measurement measurement, Provenance provenance) {

    public PartValue {
        Objects.requireNonNull(part);
        Objects.requireNonNull(period);
        Objects.requireNonNull(measurement);
        Objects.requireNonNull(provenance);
        if (part.basis() == Basis.YEAR && !(period instanceof Period.Quarter)) {
            throw new InvalidValue("period", "validation.value.annual-part-per-quarter");
        }
        measurement.figure().ifPresent(figure -> part.validate(figure, "value"));
    }

    public boolean isManual() {
        return provenance instanceof Provenance.Manual;
    }
}
