package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A figure that lives outside the system, entered by hand for one part and period. It carries a
 * reason (and optionally an attachment) and is shown as manual wherever it is used. Replacing it is
 * a change like any other: versioned and audit-logged.
 */
public record ManualEntry(Part part, Period period, Measurement measurement, Provenance.Manual provenance,
                          long version) {

    public ManualEntry {
        Objects.requireNonNull(part);
        Objects.requireNonNull(period);
        Objects.requireNonNull(measurement);
        Objects.requireNonNull(provenance);
    }

    /**
     * A figure as a person typed it. Refused: periods that have not begun, annual parts outside a
     * quarter, figures the part cannot take, a ratio whose parts are inconsistent.
     */
    public static ManualEntry enter(Part part, Period period, Measurement measurement, String reason,
                                    Optional<UUID> attachment, String by, Instant at, LocalDate today,
                                    long version) {
        if (period.isFuture(today)) {
            throw new InvalidValue("period", "validation.period.future");
        }
        switch (measurement) {
            case Measurement.Amount(BigDecimal value) -> part.validateEntered(value, "value");
            case Measurement.Ratio(BigDecimal numerator, BigDecimal denominator) -> {
                if (part.unit() != Unit.PERCENT) {
                    throw new InvalidValue("value", "validation.value.ratio-for-percent-only");
                }
                if (numerator.stripTrailingZeros().scale() > 4 || denominator.stripTrailingZeros().scale() > 4) {
                    throw new InvalidValue("value", "validation.value.precision");
                }
            }
        }
        var entry = new ManualEntry(part, period, measurement, new Provenance.Manual(reason, attachment, by, at),
                version);
        entry.toValue();
        return entry;
    }

    public PartValue toValue() {
        return new PartValue(part, period, measurement, provenance);
    }

    public Map<String, String> snapshot() {
        return Map.of("part", part.name(), "period", period.key(), "value", describe(measurement),
                "reason", provenance.reason(),
                "attachment", provenance.attachment().map(UUID::toString).orElse(""));
    }

    static String describe(Measurement measurement) {
        return switch (measurement) {
            case Measurement.Amount(BigDecimal value) -> value.toPlainString();
            case Measurement.Ratio(BigDecimal n, BigDecimal d) -> n.toPlainString() + "/" + d.toPlainString();
        };
    }
}
