package dev.opscharter.domain.charter;

import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the responsibility charter. Versions are never changed: an edit is a new version
 * with the next number and the day from which it is in force; the old ones stay readable.
 */
public record Charter(CharterVersionId id, int number, LocalDate effectiveFrom, List<DutyDimension> dimensions,
                      String note, String recordedBy, Instant recordedAt) implements Versioned {

    public static final int MAX_NOTE = 500;

    public Charter {
        Objects.requireNonNull(id);
        if (number < 1) {
            throw new IllegalArgumentException("charter versions are numbered from 1");
        }
        BusinessDate.check(Require.present(effectiveFrom, "effectiveFrom"), "effectiveFrom");
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new InvalidValue("dimensions", "validation.charter.empty");
        }
        var seen = new HashSet<>();
        for (var dimension : dimensions) {
            if (!seen.add(dimension.code())) {
                throw new InvalidValue("dimension", "validation.charter.duplicate-dimension", dimension.code());
            }
            for (var line : dimension.lines()) {
                if (!seen.add(line.dutyType())) {
                    throw new InvalidValue("dutyType", "validation.charter.duplicate-duty-type", line.dutyType().code());
                }
            }
        }
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidValue("note", "validation.too-long", MAX_NOTE);
        }
        recordedBy = Require.text(recordedBy, "recordedBy", 80);
        Objects.requireNonNull(recordedAt);
    }

    /** The first version, as seeded from the specification's table. */
    public static Charter first(List<DutyDimension> dimensions, LocalDate effectiveFrom, String note, String by,
                                Instant at) {
        return new Charter(CharterVersionId.random(), 1, effectiveFrom, dimensions, note, by, at);
    }

    /**
     * The next version. It takes effect today or later: routing decisions already taken cite the
     * version that was in force, so a back-dated edit would rewrite history.
     */
    public Charter revise(List<DutyDimension> newDimensions, LocalDate from, String why, String by, Instant at,
                          LocalDate today) {
        if (from.isBefore(today)) {
            throw new InvalidValue("effectiveFrom", "validation.charter.backdated");
        }
        if (why == null || why.isBlank()) {
            throw new InvalidValue("note", "validation.required");
        }
        return new Charter(CharterVersionId.random(), number + 1, from, newDimensions, why, by, at);
    }

    public Optional<CharterLine> line(DutyType type) {
        return dimensions.stream().flatMap(d -> d.lines().stream()).filter(l -> l.dutyType().equals(type))
                .findFirst();
    }

    public Optional<DutyDimension> dimensionOf(DutyType type) {
        return dimensions.stream().filter(d -> d.lines().stream().anyMatch(l -> l.dutyType().equals(type)))
                .findFirst();
    }

    public List<CharterLine> lines() {
        return dimensions.stream().flatMap(d -> d.lines().stream()).toList();
    }
}
