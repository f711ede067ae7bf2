package dev.opscharter.adapters.persistence.risks;

import dev.opscharter.application.risks.port.out.RiskFigures;
import dev.opscharter.domain.risks.KeyRiskIndicatorId;
import dev.opscharter.domain.risks.RiskFigure;
import dev.opscharter.domain.risks.RiskId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link RiskFigures} in {@code risk_figure}: one row per indicator and month, a correction replaces it. */
@Component
class JdbcRiskFigures implements RiskFigures {

    private static final String COLUMNS = "indicator_id, month, risk_id, value, breached, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    JdbcRiskFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(RiskFigure figure) {
        jdbc.sql("insert into risk_figure (" + COLUMNS + ") " + """
                        values (:indicator, :month, :risk, :value, :breached, :by, :at)
                        on conflict (indicator_id, month) do update set value = excluded.value,
                            breached = excluded.breached, recorded_by = excluded.recorded_by,
                            recorded_at = excluded.recorded_at""")
                .param("indicator", figure.indicator().value()).param("month", Instants.day(figure.month()))
                .param("risk", figure.risk().value()).param("value", figure.value())
                .param("breached", figure.breached()).param("by", figure.recordedBy())
                .param("at", Instants.stored(figure.recordedAt()))
                .update();
    }

    @Override
    public Optional<RiskFigure> of(KeyRiskIndicatorId indicator, YearMonth month) {
        return jdbc.sql("select " + COLUMNS + " from risk_figure where indicator_id = :indicator and month = :month")
                .param("indicator", indicator.value()).param("month", Instants.day(month))
                .query(JdbcRiskFigures::map).optional();
    }

    @Override
    public List<RiskFigure> ofRisk(RiskId risk) {
        return jdbc.sql("select " + COLUMNS + " from risk_figure where risk_id = :risk"
                        + " order by month desc, cast(indicator_id as text) collate \"C\"")
                .param("risk", risk.value()).query(JdbcRiskFigures::map).list();
    }

    private static RiskFigure map(ResultSet rs, int row) throws SQLException {
        return new RiskFigure(new RiskId(rs.getObject("risk_id", UUID.class)),
                new KeyRiskIndicatorId(rs.getObject("indicator_id", UUID.class)), Instants.month(rs, "month"),
                rs.getBigDecimal("value"), rs.getBoolean("breached"), rs.getString("recorded_by"),
                Instants.read(rs, "recorded_at"));
    }
}
