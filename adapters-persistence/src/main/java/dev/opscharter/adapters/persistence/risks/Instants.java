package dev.opscharter.adapters.persistence.risks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** The register's columns of time: instants as {@code timestamptz}, months as their first day. */
final class Instants {

    private Instants() {
    }

    static OffsetDateTime stored(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant read(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static LocalDate day(YearMonth month) {
        return month.atDay(1);
    }

    static YearMonth month(ResultSet rs, String column) throws SQLException {
        return YearMonth.from(rs.getObject(column, LocalDate.class));
    }
}
