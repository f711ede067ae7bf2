package dev.opscharter.adapters.persistence.incidents;

import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepLimits;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
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

    /** A change applies only while every column still holds what its editor saw (optimistic, by value). */
    @Override
    public void save(Optional<IncidentType> seen, IncidentType changed) {
        if (seen.isEmpty()) {
            int inserted = bound(jdbc.sql("insert into incident_type (" + COLUMNS + ") values (:code, :nameZh, :nameEn, "
                    + ":basis, :locate, :measure, :notify, :postMortem) on conflict (code) do nothing"), "", changed)
                    .update();
            if (inserted == 0) {
                throw new InvalidValue("code", "validation.incidents.type-code-taken", changed.code());
            }
            return;
        }
        int updated = bound(bound(jdbc.sql("""
                update incident_type set name_zh = :nameZh, name_en = :nameEn, basis = :basis,
                       locate_cause_limit_s = :locate, emergency_measure_limit_s = :measure,
                       notify_stakeholders_limit_s = :notify, post_mortem_limit_s = :postMortem
                 where code = :code and name_zh = :seenNameZh and name_en = :seenNameEn and basis = :seenBasis
                   and locate_cause_limit_s = :seenLocate and emergency_measure_limit_s = :seenMeasure
                   and notify_stakeholders_limit_s = :seenNotify and post_mortem_limit_s = :seenPostMortem"""),
                "", changed), "seen", seen.get()).update();
        if (updated == 0) {
            throw new ConcurrentModification("IncidentType", changed.code());
        }
    }

    /** Binds a type's columns, each parameter named with {@code prefix} (none, or "seen" for the old values). */
    private static JdbcClient.StatementSpec bound(JdbcClient.StatementSpec sql, String prefix, IncidentType type) {
        var limits = type.limits();
        return sql.param(name(prefix, "code"), type.code())
                .param(name(prefix, "nameZh"), type.name().chinese())
                .param(name(prefix, "nameEn"), type.name().english())
                .param(name(prefix, "basis"), limits.basis().name())
                .param(name(prefix, "locate"), limits.limit(IncidentStep.LOCATE_CAUSE).toSeconds())
                .param(name(prefix, "measure"), limits.limit(IncidentStep.EMERGENCY_MEASURE).toSeconds())
                .param(name(prefix, "notify"), limits.limit(IncidentStep.NOTIFY_STAKEHOLDERS).toSeconds())
                .param(name(prefix, "postMortem"), limits.limit(IncidentStep.POST_MORTEM).toSeconds());
    }

    private static String name(String prefix, String column) {
        return prefix.isEmpty() ? column : prefix + Character.toUpperCase(column.charAt(0)) + column.substring(1);
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
