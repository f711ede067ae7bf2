package dev.opscharter.domain.appraisal;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Versioned;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The thresholds the director sets, from a year on, as one version. Like the charter, a change is
 * a new version; a scorecard always says which version it was judged by. Every part has a
 * threshold; the charter's figures are the first version.
 */
public record AppraisalStandards(StandardsVersionId id, int fromYear, int number, Map<Part, BigDecimal> thresholds,
                                 String note, String recordedBy, Instant recordedAt)
        implements Versioned {

    public static final int MAX_NOTE = 500;

    public AppraisalStandards {
        Objects.requireNonNull(id);
        if (fromYear < Period.MIN_YEAR || fromYear > Period.MAX_YEAR) {
            throw new InvalidValue("fromYear", "validation.period.year-range", Period.MIN_YEAR, Period.MAX_YEAR);
        }
        var copy = new EnumMap<Part, BigDecimal>(Part.class);
        for (var part : Part.values()) {
            var threshold = thresholds.get(part);
            if (threshold == null) {
                throw new InvalidValue(part.name(), "validation.required");
            }
            copy.put(part, part.validateEntered(threshold, part.name()));
        }
        thresholds = Map.copyOf(copy);
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidValue("note", "validation.too-long", MAX_NOTE);
        }
        recordedBy = Require.text(recordedBy, "recordedBy", 80);
        Objects.requireNonNull(recordedAt);
    }

    /** The charter's own figures, in force from {@code fromYear}. */
    public static AppraisalStandards charter(int fromYear, String by, Instant at) {
        var thresholds = new EnumMap<Part, BigDecimal>(Part.class);
        for (var part : Part.values()) {
            thresholds.put(part, part.charterThreshold());
        }
        return new AppraisalStandards(StandardsVersionId.random(), fromYear, 1, thresholds, "", by, at);
    }

    /** The director's adjustment from {@code year} on, as the next version. */
    public AppraisalStandards adjust(int year, Map<Part, BigDecimal> newThresholds, String why, String by,
                                     Instant at) {
        if (why == null || why.isBlank()) {
            throw new InvalidValue("note", "validation.required");
        }
        return new AppraisalStandards(StandardsVersionId.random(), year, number + 1, newThresholds, why, by, at);
    }

    /** Standards are set per year: in force from its first day. */
    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(fromYear, 1, 1);
    }

    public Threshold threshold(Part part) {
        return new Threshold(part.direction(), thresholds.get(part));
    }
}
