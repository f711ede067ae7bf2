package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.adapters.persistence.appraisal.Columns.MeasurementColumns;
import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.appraisal.port.out.ScorecardApprovals;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.shared.Period;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.adapters.persistence.appraisal.Columns.instant;
import static dev.opscharter.adapters.persistence.appraisal.Columns.timestamp;

/**
 * Approvals in {@code scorecard_approval}, the values they froze in {@code scorecard_frozen_value}
 * and the evidence behind computed values in {@code scorecard_frozen_evidence}, each in its order.
 * Plain SQL: an approval is written once (values and evidence as batches) and read by period, a
 * few periods at a time with one query per table. A second approval of a period hits the primary
 * key and is a {@code ConcurrentModification}; the use case's transaction keeps the three inserts
 * together.
 */
@Component
class JdbcScorecardApprovals implements ScorecardApprovals {

    private static final String ENTITY = "ScorecardApproval";
    private static final String MANUAL = "MANUAL";
    private static final String RECORDS = "RECORDS";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batches;

    JdbcScorecardApprovals(JdbcClient jdbc, NamedParameterJdbcOperations batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public void add(ScorecardApproval approval) {
        var key = approval.period().key();
        Saves.translated(ENTITY, key, Map.of(), () -> {
            jdbc.sql("""
                            insert into scorecard_approval (period_key, standards_version, status, approved_by,
                                                            approved_at, comment)
                            values (:period, :standardsVersion, :status, :approvedBy, :approvedAt, :comment)""")
                    .param("period", key)
                    .param("standardsVersion", approval.standardsVersion())
                    .param("status", approval.status().name())
                    .param("approvedBy", approval.approvedBy())
                    .param("approvedAt", timestamp(approval.approvedAt()))
                    .param("comment", approval.comment())
                    .update();
            insertValues(key, approval.frozenValues());
            return approval;
        });
    }

    private void insertValues(String approval, List<PartValue> values) {
        var valueRows = new ArrayList<MapSqlParameterSource>();
        var evidenceRows = new ArrayList<MapSqlParameterSource>();
        for (int position = 0; position < values.size(); position++) {
            var value = values.get(position);
            var measurement = MeasurementColumns.of(value.measurement());
            var row = new MapSqlParameterSource()
                    .addValue("approval", approval)
                    .addValue("position", position)
                    .addValue("part", value.part().name())
                    .addValue("period", value.period().key())
                    .addValue("kind", measurement.kind())
                    .addValue("amount", measurement.amount(), Types.NUMERIC)
                    .addValue("numerator", measurement.numerator(), Types.NUMERIC)
                    .addValue("denominator", measurement.denominator(), Types.NUMERIC);
            switch (value.provenance()) {
                case Provenance.Manual manual -> row
                        .addValue("provenance", MANUAL)
                        .addValue("reason", manual.reason())
                        .addValue("attachment", manual.attachment().orElse(null), Types.OTHER)
                        .addValue("enteredBy", manual.enteredBy())
                        .addValue("enteredAt", timestamp(manual.enteredAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                        .addValue("source", null, Types.VARCHAR);
                case Provenance.FromRecords records -> {
                    row.addValue("provenance", RECORDS)
                            .addValue("reason", null, Types.VARCHAR)
                            .addValue("attachment", null, Types.OTHER)
                            .addValue("enteredBy", null, Types.VARCHAR)
                            .addValue("enteredAt", null, Types.TIMESTAMP_WITH_TIMEZONE)
                            .addValue("source", records.source());
                    var evidence = records.evidence();
                    for (int index = 0; index < evidence.size(); index++) {
                        var item = evidence.get(index);
                        evidenceRows.add(new MapSqlParameterSource()
                                .addValue("approval", approval)
                                .addValue("valuePosition", position)
                                .addValue("position", index)
                                .addValue("label", item.label())
                                .addValue("detailKey", item.detailKey())
                                .addValue("arguments", item.arguments().toArray(String[]::new)));
                    }
                }
            }
            valueRows.add(row);
        }
        if (!valueRows.isEmpty()) {
            batches.batchUpdate("""
                    insert into scorecard_frozen_value (approval_period_key, position, part, period_key,
                        measurement_kind, amount, numerator, denominator, provenance_kind, manual_reason,
                        manual_attachment_id, manual_entered_by, manual_entered_at, records_source)
                    values (:approval, :position, :part, :period, :kind, :amount, :numerator, :denominator,
                            :provenance, :reason, :attachment, :enteredBy, :enteredAt, :source)""",
                    valueRows.toArray(MapSqlParameterSource[]::new));
        }
        if (!evidenceRows.isEmpty()) {
            batches.batchUpdate("""
                    insert into scorecard_frozen_evidence (approval_period_key, value_position, position, label,
                                                           detail_key, arguments)
                    values (:approval, :valuePosition, :position, :label, :detailKey, :arguments)""",
                    evidenceRows.toArray(MapSqlParameterSource[]::new));
        }
    }

    @Override
    public Optional<ScorecardApproval> of(Period period) {
        return of(List.of(period)).stream().findFirst();
    }

    @Override
    public List<ScorecardApproval> of(Collection<? extends Period> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        var keys = Columns.keys(periods);
        var heads = jdbc.sql("""
                        select period_key, standards_version, status, approved_by, approved_at, comment
                        from scorecard_approval
                        where period_key = any(:keys)
                        order by period_key""")
                .param("keys", keys)
                .query((rs, n) -> head(rs))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        var evidence = evidenceOf(keys);
        var values = new HashMap<String, List<PartValue>>();
        jdbc.sql("""
                        select approval_period_key, position, part, period_key, measurement_kind, amount, numerator,
                               denominator, provenance_kind, manual_reason, manual_attachment_id, manual_entered_by,
                               manual_entered_at, records_source
                        from scorecard_frozen_value
                        where approval_period_key = any(:keys)
                        order by approval_period_key, position""")
                .param("keys", keys)
                .query(rs -> {
                    var approval = rs.getString("approval_period_key");
                    var position = rs.getInt("position");
                    values.computeIfAbsent(approval, a -> new ArrayList<>())
                            .add(value(rs, evidence.getOrDefault(new ValueKey(approval, position), List.of())));
                });
        return heads.stream()
                .map(h -> new ScorecardApproval(h.period(), h.standardsVersion(),
                        values.getOrDefault(h.period().key(), List.of()), h.status(), h.approvedBy(),
                        h.approvedAt(), h.comment()))
                .toList();
    }

    private Map<ValueKey, List<Provenance.Evidence>> evidenceOf(String[] keys) {
        var evidence = new HashMap<ValueKey, List<Provenance.Evidence>>();
        jdbc.sql("""
                        select approval_period_key, value_position, label, detail_key, arguments
                        from scorecard_frozen_evidence
                        where approval_period_key = any(:keys)
                        order by approval_period_key, value_position, position""")
                .param("keys", keys)
                .query(rs -> {
                    var arguments = (String[]) rs.getArray("arguments").getArray();
                    evidence.computeIfAbsent(
                                    new ValueKey(rs.getString("approval_period_key"), rs.getInt("value_position")),
                                    k -> new ArrayList<>())
                            .add(new Provenance.Evidence(rs.getString("label"), rs.getString("detail_key"),
                                    Arrays.asList(arguments)));
                });
        return evidence;
    }

    private static PartValue value(ResultSet rs, List<Provenance.Evidence> evidence) throws SQLException {
        Provenance provenance = switch (rs.getString("provenance_kind")) {
            case MANUAL -> new Provenance.Manual(rs.getString("manual_reason"),
                    Optional.ofNullable(rs.getObject("manual_attachment_id", UUID.class)),
                    rs.getString("manual_entered_by"), Objects.requireNonNull(instant(rs, "manual_entered_at")));
            case RECORDS -> new Provenance.FromRecords(rs.getString("records_source"), evidence);
            default -> throw new IllegalStateException("unknown provenance " + rs.getString("provenance_kind"));
        };
        return new PartValue(Part.valueOf(rs.getString("part")), Period.parse(rs.getString("period_key")),
                MeasurementColumns.read(rs).toDomain(), provenance);
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(Period.parse(rs.getString("period_key")), rs.getInt("standards_version"),
                Status.valueOf(rs.getString("status")), rs.getString("approved_by"),
                Objects.requireNonNull(instant(rs, "approved_at")), rs.getString("comment"));
    }

    private record Head(Period period, int standardsVersion, Status status, String approvedBy, Instant approvedAt,
                        String comment) {
    }

    private record ValueKey(String approval, int position) {
    }
}
