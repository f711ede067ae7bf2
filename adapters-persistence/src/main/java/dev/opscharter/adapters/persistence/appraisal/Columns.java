package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.shared.Period;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;

/** How the appraisal tables hold what the domain carries: measurements, periods, instants. */
final class Columns {

    static final String AMOUNT = "AMOUNT";
    static final String RATIO = "RATIO";

    private Columns() {
    }

    /** A measurement as its kind and the figures of that kind; the others are null. */
    record MeasurementColumns(String kind, @Nullable BigDecimal amount, @Nullable BigDecimal numerator,
                              @Nullable BigDecimal denominator) {

        static MeasurementColumns of(Measurement measurement) {
            return switch (measurement) {
                case Measurement.Amount(BigDecimal value) -> new MeasurementColumns(AMOUNT, value, null, null);
                case Measurement.Ratio(BigDecimal numerator, BigDecimal denominator) ->
                        new MeasurementColumns(RATIO, null, numerator, denominator);
            };
        }

        static MeasurementColumns read(ResultSet rs) throws SQLException {
            return new MeasurementColumns(rs.getString("measurement_kind"), rs.getBigDecimal("amount"),
                    rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"));
        }

        Measurement toDomain() {
            return switch (kind) {
                case AMOUNT -> new Measurement.Amount(Objects.requireNonNull(amount));
                case RATIO -> new Measurement.Ratio(Objects.requireNonNull(numerator),
                        Objects.requireNonNull(denominator));
                default -> throw new IllegalStateException("unknown measurement kind " + kind);
            };
        }
    }

    /** PostgreSQL keeps microseconds (and would round the rest): cut explicitly so a load equals what was saved. */
    static Instant toMicros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return toMicros(instant).atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The keys of periods, as one array parameter for {@code period_key = any(:keys)}. */
    static String[] keys(Collection<? extends Period> periods) {
        return periods.stream().map(Period::key).distinct().toArray(String[]::new);
    }
}
