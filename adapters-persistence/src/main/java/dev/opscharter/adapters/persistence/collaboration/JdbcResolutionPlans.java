package dev.opscharter.adapters.persistence.collaboration;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.collaboration.port.out.ResolutionPlans;
import dev.opscharter.domain.collaboration.ResolutionPlan;
import dev.opscharter.domain.collaboration.ResolutionPlanId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ResolutionPlans} in {@code resolution_plan}, optimistic locking on {@code version}. */
@Component
class JdbcResolutionPlans implements ResolutionPlans {

    private static final String ENTITY = "ResolutionPlan";
    private static final String COLUMNS = "id, name, applies_when, approach, active, version";

    private final JdbcClient jdbc;

    JdbcResolutionPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ResolutionPlan save(ResolutionPlan plan) {
        return Saves.translated(ENTITY, plan.id(), Map.of(), () -> {
            var statement = plan.version() == 0
                    ? jdbc.sql("insert into resolution_plan (" + COLUMNS
                    + ") values (:id, :name, :appliesWhen, :approach, :active, 1)")
                    : jdbc.sql("""
                    update resolution_plan set name = :name, applies_when = :appliesWhen, approach = :approach,
                        active = :active, version = version + 1
                    where id = :id and version = :version""").param("version", plan.version());
            Rows.wrote(statement.param("id", plan.id().value()).param("name", plan.name())
                    .param("appliesWhen", plan.appliesWhen()).param("approach", plan.approach())
                    .param("active", plan.active()).update(), ENTITY, plan.id());
            return plan.withVersion(plan.version() + 1);
        });
    }

    @Override
    public Optional<ResolutionPlan> byId(ResolutionPlanId id) {
        return jdbc.sql("select " + COLUMNS + " from resolution_plan where id = :id").param("id", id.value())
                .query(JdbcResolutionPlans::map).optional();
    }

    @Override
    public List<ResolutionPlan> all() {
        return jdbc.sql("select " + COLUMNS + " from resolution_plan order by name collate \"C\", id")
                .query(JdbcResolutionPlans::map).list();
    }

    private static ResolutionPlan map(ResultSet rs, int row) throws SQLException {
        return new ResolutionPlan(new ResolutionPlanId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("applies_when"), rs.getString("approach"), rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
