package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterLine;
import dev.opscharter.domain.charter.CharterVersionId;
import dev.opscharter.domain.charter.DutyDimension;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.SignOffAuthority;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.BilingualName;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class CharterMapper {

    private CharterMapper() {
    }

    static CharterRow toRow(Charter charter) {
        var dimensions = new ArrayList<CharterDimensionRow>();
        var lines = new ArrayList<CharterLineRow>();
        for (int position = 0; position < charter.dimensions().size(); position++) {
            var dimension = charter.dimensions().get(position);
            dimensions.add(new CharterDimensionRow(dimension.code(), dimension.name().chinese(),
                    dimension.name().english()));
            for (var line : dimension.lines()) {
                lines.add(new CharterLineRow(position, line.dutyType().code(), line.textZh(), line.textEn(),
                        line.involvement().name(), line.department().map(DepartmentId::value).orElse(null),
                        line.signOff().map(SignOffAuthority::name).orElse(null)));
            }
        }
        return new CharterRow(charter.id().value(), charter.number(), charter.effectiveFrom(), charter.note(),
                charter.recordedBy(), toMicros(charter.recordedAt()), dimensions, lines);
    }

    static Charter toDomain(CharterRow row) {
        var linesOf = new ArrayList<List<CharterLine>>();
        row.dimensions().forEach(d -> linesOf.add(new ArrayList<>()));
        for (var line : row.lines()) {
            linesOf.get(line.dimensionPosition()).add(new CharterLine(new DutyType(line.dutyType()), line.textZh(),
                    line.textEn(), Involvement.valueOf(line.involvement()),
                    Optional.ofNullable(line.departmentId()).map(DepartmentId::new),
                    Optional.ofNullable(line.signOff()).map(SignOffAuthority::valueOf)));
        }
        var dimensions = new ArrayList<DutyDimension>();
        for (int position = 0; position < row.dimensions().size(); position++) {
            var dimension = row.dimensions().get(position);
            dimensions.add(new DutyDimension(dimension.code(),
                    new BilingualName(dimension.nameZh(), dimension.nameEn()), linesOf.get(position)));
        }
        return new Charter(new CharterVersionId(row.id()), row.number(), row.effectiveFrom(), dimensions, row.note(),
                row.recordedBy(), row.recordedAt());
    }

    /** PostgreSQL keeps microseconds: cut here so that what was added equals what a load returns. */
    static Instant toMicros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
