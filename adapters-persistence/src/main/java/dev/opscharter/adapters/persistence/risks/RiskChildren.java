package dev.opscharter.adapters.persistence.risks;

import dev.opscharter.domain.risks.FigureSource;
import dev.opscharter.domain.risks.KeyRiskIndicator;
import dev.opscharter.domain.risks.KeyRiskIndicatorId;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskRerating;
import dev.opscharter.domain.risks.RiskThreshold;
import dev.opscharter.domain.targets.MetricId;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A risk's indicators and re-ratings in {@code risk_indicator} and {@code risk_rerating}, by position. Both are
 * only ever added to (the re-ratings are append-only in the database), so writing inserts what is not stored
 * yet; reading fetches them for a whole page at once.
 */
final class RiskChildren {

    private final JdbcClient jdbc;

    RiskChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(Risk risk) {
        var indicators = risk.indicators();
        for (int position = 0; position < indicators.size(); position++) {
            var indicator = indicators.get(position);
            jdbc.sql("""
                            insert into risk_indicator (id, risk_id, position, name, side, threshold, metric_id)
                            values (:id, :risk, :position, :name, :side, :threshold, :metric)
                            on conflict (id) do nothing""")
                    .param("id", indicator.id().value()).param("risk", risk.id().value())
                    .param("position", position).param("name", indicator.name())
                    .param("side", indicator.threshold().side().name())
                    .param("threshold", indicator.threshold().limit())
                    .param("metric", indicator.source() instanceof FigureSource.FromMetric(var metric)
                            ? metric.value() : null, Types.OTHER)
                    .update();
        }
        var history = risk.history();
        for (int position = 0; position < history.size(); position++) {
            var entry = history.get(position);
            jdbc.sql("""
                            insert into risk_rerating (risk_id, position, before_likelihood, before_impact,
                                after_likelihood, after_impact, rated_by, rated_at, reason)
                            values (:risk, :position, :beforeL, :beforeI, :afterL, :afterI, :by, :at, :reason)
                            on conflict (risk_id, position) do nothing""")
                    .param("risk", risk.id().value()).param("position", position)
                    .param("beforeL", entry.before().likelihood()).param("beforeI", entry.before().impact())
                    .param("afterL", entry.after().likelihood()).param("afterI", entry.after().impact())
                    .param("by", entry.by()).param("at", Instants.stored(entry.at())).param("reason", entry.reason())
                    .update();
        }
    }

    /** The risks with their indicators and history, in the order given. */
    List<Risk> attach(List<Risk> headers) {
        if (headers.isEmpty()) {
            return headers;
        }
        var ids = headers.stream().map(risk -> risk.id().value()).toList();
        var indicators = new HashMap<UUID, List<KeyRiskIndicator>>();
        jdbc.sql("""
                        select risk_id, id, name, side, threshold, metric_id from risk_indicator
                        where risk_id in (:ids) order by risk_id, position""")
                .param("ids", ids)
                .query((rs, row) -> {
                    var metric = rs.getObject("metric_id", UUID.class);
                    return Map.entry(rs.getObject("risk_id", UUID.class), new KeyRiskIndicator(
                            new KeyRiskIndicatorId(rs.getObject("id", UUID.class)), rs.getString("name"),
                            new RiskThreshold(RiskThreshold.Side.valueOf(rs.getString("side")),
                                    rs.getBigDecimal("threshold")),
                            metric == null ? FigureSource.entered() : new FigureSource.FromMetric(new MetricId(metric))));
                })
                .list()
                .forEach(e -> indicators.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        var history = new HashMap<UUID, List<RiskRerating>>();
        jdbc.sql("""
                        select risk_id, before_likelihood, before_impact, after_likelihood, after_impact, rated_by,
                            rated_at, reason
                        from risk_rerating where risk_id in (:ids) order by risk_id, position""")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getObject("risk_id", UUID.class), new RiskRerating(
                        new RiskRating(rs.getInt("before_likelihood"), rs.getInt("before_impact")),
                        new RiskRating(rs.getInt("after_likelihood"), rs.getInt("after_impact")),
                        rs.getString("rated_by"), Instants.read(rs, "rated_at"), rs.getString("reason"))))
                .list()
                .forEach(e -> history.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return headers.stream().map(risk -> new Risk(risk.id(), risk.code(), risk.title(), risk.category(),
                risk.owner(), risk.rating(), risk.controls(), risk.contingencyPlan(), risk.status(),
                indicators.getOrDefault(risk.id().value(), List.of()), history.getOrDefault(risk.id().value(),
                List.of()), risk.awaiting(), risk.resolution(), risk.createdBy(), risk.createdAt(), risk.version()))
                .toList();
    }
}
