package dev.opscharter.adapters.persistence.charter;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code charter_version} with its dimensions in {@code charter_dimension} and its lines in
 * {@code charter_line}, both in the charter's order (the list index is the {@code position} column).
 * The lines are a second collection of the root rather than one nested in each dimension: each
 * line names its dimension by position, and both tables refer to the version by its id alone.
 * A version is only ever inserted, so the row has no optimistic-locking version.
 */
@Table("charter_version")
record CharterRow(@Id UUID id, int number, LocalDate effectiveFrom, String note, String recordedBy,
                  Instant recordedAt,
                  @MappedCollection(idColumn = "charter_version_id", keyColumn = "position")
                  List<CharterDimensionRow> dimensions,
                  @MappedCollection(idColumn = "charter_version_id", keyColumn = "position")
                  List<CharterLineRow> lines) {
}
