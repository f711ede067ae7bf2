package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.targets.port.out.Metrics;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MetricUnit;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Metrics in {@code target_metric}: the aggregation as its kind, a ratio's two metrics beside it; a code
 * is unique (its constraint refuses a taken one).
 */
@Component
class JdbcMetrics implements Metrics {

    static final String CODE_TAKEN = "validation.targets.metric-code-taken";
    private static final String ENTITY = "Metric";
    private static final String SELECT = "select id, code, name_zh, name_en, unit, direction, aggregation,"
            + " numerator_id, denominator_id, key_indicator, core, version from target_metric";
    private static final RowMapper<Metric> METRIC = (rs, row) -> new Metric(new MetricId(rs.getObject("id", UUID.class)),
            rs.getString("code"), new BilingualName(rs.getString("name_zh"), rs.getString("name_en")),
            MetricUnit.valueOf(rs.getString("unit")), MetricDirection.valueOf(rs.getString("direction")),
            aggregation(rs), rs.getBoolean("key_indicator"), rs.getBoolean("core"), rs.getLong("version"));

    private final JdbcClient jdbc;

    JdbcMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Metric save(Metric metric) {
        return Saves.translated(ENTITY, metric.id(),
                Map.of("target_metric_code_unique", () -> new InvalidValue("code", CODE_TAKEN, metric.code())),
                () -> metric.version() == 0 ? insert(metric) : update(metric));
    }

    private Metric insert(Metric metric) {
        bind(jdbc.sql("""
                insert into target_metric (id, code, name_zh, name_en, unit, direction, aggregation, numerator_id,
                    denominator_id, key_indicator, core, version)
                values (:id, :code, :nameZh, :nameEn, :unit, :direction, :aggregation, :numerator, :denominator,
                    :key, :core, 1)"""), metric).update();
        return withVersion(metric, 1);
    }

    private Metric update(Metric metric) {
        int updated = bind(jdbc.sql("""
                update target_metric set code = :code, name_zh = :nameZh, name_en = :nameEn, unit = :unit,
                    direction = :direction, aggregation = :aggregation, numerator_id = :numerator,
                    denominator_id = :denominator, key_indicator = :key, core = :core, version = version + 1
                where id = :id and version = :version"""), metric).param("version", metric.version()).update();
        if (updated == 0) {
            throw new ConcurrentModification(ENTITY, metric.id());
        }
        return withVersion(metric, metric.version() + 1);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Metric metric) {
        var ratio = metric.aggregation() instanceof Aggregation.Ratio r ? r : null;
        return statement.param("id", metric.id().value())
                .param("code", metric.code())
                .param("nameZh", metric.name().chinese())
                .param("nameEn", metric.name().english())
                .param("unit", metric.unit().name())
                .param("direction", metric.direction().name())
                .param("aggregation", kind(metric.aggregation()))
                .param("numerator", ratio == null ? null : ratio.numerator().value(), Types.OTHER)
                .param("denominator", ratio == null ? null : ratio.denominator().value(), Types.OTHER)
                .param("key", metric.key())
                .param("core", metric.core());
    }

    private static String kind(Aggregation aggregation) {
        return switch (aggregation) {
            case Aggregation.Sum() -> "SUM";
            case Aggregation.Average() -> "AVERAGE";
            case Aggregation.Last() -> "LAST";
            case Aggregation.Ratio r -> "RATIO";
        };
    }

    private static Aggregation aggregation(ResultSet rs) throws SQLException {
        return switch (rs.getString("aggregation")) {
            case "SUM" -> Aggregation.SUM;
            case "AVERAGE" -> Aggregation.AVERAGE;
            case "LAST" -> Aggregation.LAST;
            case "RATIO" -> new Aggregation.Ratio(new MetricId(rs.getObject("numerator_id", UUID.class)),
                    new MetricId(rs.getObject("denominator_id", UUID.class)));
            default -> throw new IllegalStateException("unknown aggregation " + rs.getString("aggregation"));
        };
    }

    private static Metric withVersion(Metric m, long version) {
        return new Metric(m.id(), m.code(), m.name(), m.unit(), m.direction(), m.aggregation(), m.key(), m.core(),
                version);
    }

    @Override
    public Optional<Metric> byId(MetricId id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(METRIC).optional();
    }

    @Override
    public Optional<Metric> byCode(String code) {
        return jdbc.sql(SELECT + " where code = :code").param("code", code).query(METRIC).optional();
    }

    @Override
    public List<Metric> all() {
        return jdbc.sql(SELECT + " order by code").query(METRIC).list();
    }
}
