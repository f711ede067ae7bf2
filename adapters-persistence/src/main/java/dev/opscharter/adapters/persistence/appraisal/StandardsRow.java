package dev.opscharter.adapters.persistence.appraisal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A row of {@code appraisal_standards} with its thresholds in {@code appraisal_threshold}, keyed by
 * part name. A version is only ever inserted, so the row has no optimistic-locking version.
 */
@Table("appraisal_standards")
record StandardsRow(@Id UUID id, int number, int fromYear, int fromQuarter, String note, String recordedBy, Instant recordedAt,
                    @MappedCollection(idColumn = "standards_id", keyColumn = "part")
                    Map<String, ThresholdRow> thresholds) {
}
