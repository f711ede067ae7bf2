package dev.opscharter.adapters.persistence.shared;

import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as {@code timestamptz} keeps them: to the microsecond. An instant is cut to it before it is written,
 * so what a store returns from a save is what it reads back later.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The instant as stored: microseconds, in UTC. */
    public static OffsetDateTime stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** The column's instant; null when the column is. */
    public static @Nullable Instant read(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
