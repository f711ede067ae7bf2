package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.targets.TargetFilter;
import dev.opscharter.application.targets.port.out.Targets;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.Target;
import dev.opscharter.domain.targets.TargetRevision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Targets in {@code target}, their values in {@code target_revision} (append-only, V25). A save inserts
 * only the revision that follows the stored ones: the target's row counts its revisions, and moving that
 * count from the stored one on (or inserting the row, for the first) is what refuses a concurrent change.
 */
@Component
class JdbcTargets implements Targets {

    private static final String ENTITY = "Target";
    private static final String REVISION_COLUMNS = "r.unit_id, r.metric_id, r.period_key, r.number, r.value,"
            + " r.set_by, r.set_at, r.reason";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcTargets(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Target save(Target target) {
        var key = target.unit() + "/" + target.metric() + "/" + target.period();
        return transaction.execute(status -> Saves.translated(ENTITY, key, Map.of(), () -> {
            long number = target.version();
            if (number == 1) {
                jdbc.sql("""
                        insert into target (unit_id, metric_id, period_kind, period_key, revisions)
                        values (:unit, :metric, :kind, :period, 1)""")
                        .params(keyOf(target)).param("kind", kind(target.period())).update();
            } else if (jdbc.sql("""
                    update target set revisions = :number
                    where unit_id = :unit and metric_id = :metric and period_key = :period and revisions = :number - 1""")
                    .params(keyOf(target)).param("number", number).update() == 0) {
                throw new ConcurrentModification(ENTITY, key);
            }
            var revision = target.revisions().getLast();
            jdbc.sql("""
                    insert into target_revision (unit_id, metric_id, period_key, number, value, set_by, set_at, reason)
                    values (:unit, :metric, :period, :number, :value, :by, :at, :reason)""")
                    .params(keyOf(target))
                    .param("number", number)
                    .param("value", revision.value())
                    .param("by", revision.by())
                    .param("at", OffsetDateTime.ofInstant(revision.at().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                    .param("reason", revision.reason().orElse(null))
                    .update();
            return of(target.unit(), target.metric(), target.period()).orElseThrow();
        }));
    }

    private static Map<String, Object> keyOf(Target target) {
        return Map.of("unit", target.unit().value(), "metric", target.metric().value(),
                "period", target.period().key());
    }

    private static String kind(Period period) {
        return period instanceof Period.Year ? "YEAR" : "QUARTER";
    }

    @Override
    public Optional<Target> of(BusinessUnitId unit, MetricId metric, Period period) {
        return targets(jdbc.sql("select " + REVISION_COLUMNS + """
                         from target_revision r
                        where r.unit_id = :unit and r.metric_id = :metric and r.period_key = :period
                        order by r.number""")
                .param("unit", unit.value()).param("metric", metric.value()).param("period", period.key()))
                .stream().findFirst();
    }

    @Override
    public List<Target> ofPeriod(Period period, PageRequest page) {
        return ofPeriod(period, TargetFilter.ALL, page);
    }

    @Override
    public List<Target> ofPeriod(Period period, Set<MetricId> metrics) {
        if (metrics.isEmpty()) {
            return List.of();
        }
        return targets(jdbc.sql("select " + REVISION_COLUMNS + """
                         from target t
                        join target_revision r
                          on r.unit_id = t.unit_id and r.metric_id = t.metric_id and r.period_key = t.period_key
                        where t.period_key = :period and t.metric_id = any(:metrics)
                        order by r.unit_id, r.metric_id, r.number""")
                .param("period", period.key())
                .param("metrics", metrics.stream().map(MetricId::value).toArray(UUID[]::new)));
    }

    /** Revisions read in target order, then by number, made into their targets. */
    private static List<Target> targets(JdbcClient.StatementSpec query) {
        var rows = query.query((rs, n) -> new Row(rs.getObject("unit_id", UUID.class),
                rs.getObject("metric_id", UUID.class), rs.getString("period_key"), revision(rs))).list();
        var targets = new ArrayList<Target>();
        var revisions = new ArrayList<TargetRevision>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            revisions.add(row.revision());
            if (i + 1 == rows.size() || !rows.get(i + 1).sameTarget(row)) {
                targets.add(new Target(new BusinessUnitId(row.unit()), new MetricId(row.metric()),
                        Period.parse(row.period()), revisions));
                revisions.clear();
            }
        }
        return targets;
    }

    private static TargetRevision revision(ResultSet rs) throws SQLException {
        return new TargetRevision(rs.getBigDecimal("value"), rs.getString("set_by"),
                rs.getObject("set_at", OffsetDateTime.class).toInstant(), Optional.ofNullable(rs.getString("reason")));
    }

    private record Row(UUID unit, UUID metric, String period, TargetRevision revision) {

        boolean sameTarget(Row other) {
            return unit.equals(other.unit) && metric.equals(other.metric) && period.equals(other.period);
        }
    }

    /**
     * The period's targets of a unit, of a metric, whose unit's or metric's code or name holds a text:
     * {@code :unit}, {@code :metric} and {@code :needle} (lower case, '' for any). The period's targets
     * are found by {@code target_period_idx}, a unit's by the primary key.
     */
    private static final String MATCHING = """
            from target t
            join target_business_unit u on u.id = t.unit_id
            join target_metric m on m.id = t.metric_id
            where t.period_key = :period
              and (cast(:unit as uuid) is null or t.unit_id = cast(:unit as uuid))
              and (cast(:metric as uuid) is null or t.metric_id = cast(:metric as uuid))
              and (:needle = '' or strpos(lower(u.code), :needle) > 0 or strpos(lower(u.name_zh), :needle) > 0
                   or strpos(lower(u.name_en), :needle) > 0 or strpos(lower(m.code), :needle) > 0
                   or strpos(lower(m.name_zh), :needle) > 0 or strpos(lower(m.name_en), :needle) > 0)
            """;

    @Override
    public List<Target> ofPeriod(Period period, TargetFilter filter, PageRequest page) {
        return targets(filtered(jdbc.sql("""
                        with page as (
                            select t.unit_id, t.metric_id, u.code as unit_code, m.code as metric_code
                        """ + MATCHING + """
                            order by u.code, m.code
                            limit :limit offset :offset
                        )
                        select\s""" + REVISION_COLUMNS + """
                         from page p
                        join target_revision r
                          on r.unit_id = p.unit_id and r.metric_id = p.metric_id and r.period_key = :period
                        order by p.unit_code, p.metric_code, r.number"""), period, filter)
                .param("limit", page.limit())
                .param("offset", page.offset()));
    }

    @Override
    public long count(Period period, TargetFilter filter) {
        return filtered(jdbc.sql("select count(*) " + MATCHING), period, filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, Period period,
                                                     TargetFilter filter) {
        return statement.param("period", period.key())
                .param("unit", filter.unit().map(BusinessUnitId::value).orElse(null), Types.OTHER)
                .param("metric", filter.metric().map(MetricId::value).orElse(null), Types.OTHER)
                .param("needle", filter.needle());
    }
}
