package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.adapters.persistence.appraisal.Columns.MeasurementColumns;
import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.appraisal.port.out.ManualEntries;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.appraisal.ManualEntry;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.adapters.persistence.appraisal.Columns.instant;
import static dev.opscharter.adapters.persistence.appraisal.Columns.timestamp;
import static dev.opscharter.adapters.persistence.appraisal.Columns.toMicros;

/**
 * Figures entered by hand in {@code manual_figure}, with plain SQL: the row's key is the part and
 * the period, which a Spring Data aggregate cannot carry as its id. A first entry is an insert (a
 * second first entry for the same part and period hits the primary key); a replacement is an
 * update that must find the stored version.
 */
@Component
class JdbcManualEntries implements ManualEntries {

    private static final String ENTITY = "AppraisalFigure";
    private static final String COLUMNS = """
            part, period_key, measurement_kind, amount, numerator, denominator, reason, attachment_id,
            entered_by, entered_at, version""";

    private final JdbcClient jdbc;

    JdbcManualEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ManualEntry save(ManualEntry entry) {
        var key = entry.part().name() + "@" + entry.period().key();
        var provenance = entry.provenance();
        var stored = new ManualEntry(entry.part(), entry.period(), entry.measurement(),
                new Provenance.Manual(provenance.reason(), provenance.attachment(), provenance.enteredBy(),
                        toMicros(provenance.enteredAt())),
                entry.version() + 1);
        return Saves.translated(ENTITY, key, Map.of(), () -> {
            if (entry.version() == 0) {
                write("""
                        insert into manual_figure (""" + COLUMNS + """
                        )
                        values (:part, :period, :kind, :amount, :numerator, :denominator, :reason, :attachment,
                                :enteredBy, :enteredAt, 1)""", entry);
            } else if (write("""
                    update manual_figure
                    set measurement_kind = :kind, amount = :amount, numerator = :numerator,
                        denominator = :denominator, reason = :reason, attachment_id = :attachment,
                        entered_by = :enteredBy, entered_at = :enteredAt, version = version + 1
                    where part = :part and period_key = :period and version = :version""", entry) == 0) {
                throw new ConcurrentModification(ENTITY, key);
            }
            return stored;
        });
    }

    private int write(String sql, ManualEntry entry) {
        var measurement = MeasurementColumns.of(entry.measurement());
        var provenance = entry.provenance();
        return jdbc.sql(sql)
                .param("part", entry.part().name())
                .param("period", entry.period().key())
                .param("kind", measurement.kind())
                .param("amount", measurement.amount(), Types.NUMERIC)
                .param("numerator", measurement.numerator(), Types.NUMERIC)
                .param("denominator", measurement.denominator(), Types.NUMERIC)
                .param("reason", provenance.reason())
                .param("attachment", provenance.attachment().orElse(null), Types.OTHER)
                .param("enteredBy", provenance.enteredBy())
                .param("enteredAt", timestamp(provenance.enteredAt()))
                .param("version", entry.version())
                .update();
    }

    @Override
    public Optional<ManualEntry> find(Part part, Period period) {
        return jdbc.sql("select " + COLUMNS + " from manual_figure where part = :part and period_key = :period")
                .param("part", part.name())
                .param("period", period.key())
                .query((rs, n) -> entry(rs))
                .optional();
    }

    @Override
    public List<ManualEntry> forPeriods(Collection<? extends Period> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from manual_figure where period_key = any(:periods)"
                        + " order by period_key, part")
                .param("periods", Columns.keys(periods))
                .query((rs, n) -> entry(rs))
                .list();
    }

    private static ManualEntry entry(ResultSet rs) throws SQLException {
        var provenance = new Provenance.Manual(rs.getString("reason"),
                Optional.ofNullable(rs.getObject("attachment_id", UUID.class)), rs.getString("entered_by"),
                Objects.requireNonNull(instant(rs, "entered_at")));
        return new ManualEntry(Part.valueOf(rs.getString("part")), Period.parse(rs.getString("period_key")),
                MeasurementColumns.read(rs).toDomain(), provenance, rs.getLong("version"));
    }
}
