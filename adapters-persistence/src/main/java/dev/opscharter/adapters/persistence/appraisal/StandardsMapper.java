package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.StandardsVersionId;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;

import static dev.opscharter.adapters.persistence.appraisal.Columns.toMicros;

final class StandardsMapper {

    private StandardsMapper() {
    }

    static StandardsRow toRow(AppraisalStandards standards) {
        var thresholds = new HashMap<String, ThresholdRow>();
        standards.thresholds().forEach((part, value) -> thresholds.put(part.name(), new ThresholdRow(value)));
        return new StandardsRow(standards.id().value(), standards.number(), standards.fromYear(),
                standards.from().quarter(), standards.note(), standards.recordedBy(), toMicros(standards.recordedAt()),
                thresholds);
    }

    static AppraisalStandards toDomain(StandardsRow row) {
        var thresholds = new EnumMap<Part, BigDecimal>(Part.class);
        row.thresholds().forEach((part, threshold) -> thresholds.put(Part.valueOf(part), threshold.value()));
        var from = new Period.Quarter(row.fromYear(), row.fromQuarter());
        return new AppraisalStandards(new StandardsVersionId(row.id()), from, row.number(), thresholds, row.note(),
                row.recordedBy(), row.recordedAt());
    }
}
