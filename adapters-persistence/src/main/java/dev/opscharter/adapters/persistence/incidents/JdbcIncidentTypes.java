package dev.opscharter.adapters.persistence.incidents;

import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepLimits;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link IncidentTypes} in {@code incident_type}, which V33 seeds with {@link IncidentType#defaults()}. */
@Component
class JdbcIncidentTypes implements IncidentTypes {

    private static final String COLUMNS = """
            code, name_zh, name_en, basis, locate_cause_limit_s, emergency_measure_limit_s,
            notify_stakeholders_limit_s, post_mortem_limit_s""";

    private final JdbcClient jdbc;

    JdbcIncidentTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IncidentType> all() {
        return jdbc.sql("select " + COLUMNS + " from incident_type order by code").query(JdbcIncidentTypes::map).list();
    }

    @Override
    public Optional<IncidentType> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from incident_type where code = :code").param("code", code)
                .query(JdbcIncidentTypes::map).optional();
    }

    private static IncidentType map(ResultSet rs, int row) throws SQLException {
        var limits = new EnumMap<IncidentStep, Duration>(IncidentStep.class);
        for (var step : IncidentStep.values()) {
            limits.put(step, Duration.ofSeconds(rs.getLong(step.name().toLowerCase(Locale.ROOT) + "_limit_s")));
        }
        return new IncidentType(rs.getString("code"), new BilingualName(rs.getString("name_zh"),
                rs.getString("name_en")), new StepLimits(LimitBasis.valueOf(rs.getString("basis")), limits));
    }
}
