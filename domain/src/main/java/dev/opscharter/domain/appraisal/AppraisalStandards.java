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
 * The thresholds the director sets, from a quarter on, as one version. Like the charter, a change is
 * a new version; a scorecard always says which version it was judged by. Every part has a
 * threshold; the charter's figures are the first version.
 */
public record AppraisalStandards(StandardsVersionId id, Period.Quarter from, int number,
                                 Map<Part, BigDecimal> thresholds, String note, String recordedBy, Instant recordedAt)
        implements Versioned {

    public static final int MAX_NOTE = 500;

    public AppraisalStandards {
        Objects.requireNonNull(id);
        Objects.requireNonNull(from);
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

    /** A version in force from the first quarter of {@code fromYear} (every version stored before quarters were). */
    public AppraisalStandards(StandardsVersionId id, int fromYear, int number, Map<Part, BigDecimal> thresholds,
                              String note, String recordedBy, Instant recordedAt) {
        this(id, firstQuarterOf(fromYear), number, thresholds, note, recordedBy, recordedAt);
    }

    private static Period.Quarter firstQuarterOf(int year) {
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw new InvalidValue("fromYear", "validation.period.year-range", Period.MIN_YEAR, Period.MAX_YEAR);
        }
        return new Period.Quarter(year, 1);
    }

    /** The charter's own figures, in force from {@code fromYear}. */
    public static AppraisalStandards charter(int fromYear, String by, Instant at) {
        var thresholds = new EnumMap<Part, BigDecimal>(Part.class);
        for (var part : Part.values()) {
            thresholds.put(part, part.charterThreshold());
        }
        return new AppraisalStandards(StandardsVersionId.random(), fromYear, 1, thresholds, "", by, at);
    }

    /** The director's adjustment from the first quarter of {@code year} on, as the next version. */
    public AppraisalStandards adjust(int year, Map<Part, BigDecimal> newThresholds, String why, String by,
                                     Instant at) {
        return adjust(firstQuarterOf(year), newThresholds, why, by, at);
    }

    /** The director's adjustment from the quarter {@code from} on, as the next version. */
    public AppraisalStandards adjust(Period.Quarter from, Map<Part, BigDecimal> newThresholds, String why, String by,
                                     Instant at) {
        if (why == null || why.isBlank()) {
            throw new InvalidValue("note", "validation.required");
        }
        return candidate(from, newThresholds, by, at).withNote(why);
    }

    /**
     * The next version as it would be, before the director gave the reason: what a preview judges by.
     * Thresholds are checked as for a real adjustment.
     */
    public AppraisalStandards candidate(Period.Quarter from, Map<Part, BigDecimal> newThresholds, String by,
                                        Instant at) {
        return new AppraisalStandards(StandardsVersionId.random(), from, number + 1, newThresholds, "", by, at);
    }

    private AppraisalStandards withNote(String why) {
        return new AppraisalStandards(id, from, number, thresholds, why, recordedBy, recordedAt);
    }

    public int fromYear() {
        return from.year();
    }

    /** Standards are set per quarter: in force from its first day. */
    @Override
    public LocalDate effectiveFrom() {
        return from.firstDay();
    }

    public Threshold threshold(Part part) {
        return new Threshold(part.direction(), thresholds.get(part));
    }
}
