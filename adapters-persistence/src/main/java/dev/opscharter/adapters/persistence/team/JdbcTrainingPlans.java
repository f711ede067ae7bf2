package dev.opscharter.adapters.persistence.team;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.team.port.out.TrainingPlans;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.team.TrainingPlan;
import dev.opscharter.domain.team.TrainingPlanId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link TrainingPlans} in {@code training_plan}, one per year (a second plan of a year meets
 * {@code training_plan_year_once}), optimistic locking on {@code version}. Its courses and their records only ever
 * grow, so a save writes what is new ({@link TrainingPlanRows}) once the version matched.
 */
@Component
class JdbcTrainingPlans implements TrainingPlans {

    private static final String ENTITY = "TrainingPlan";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TrainingPlanRows rows;

    JdbcTrainingPlans(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.rows = new TrainingPlanRows(jdbc);
    }

    @Override
    public TrainingPlan save(TrainingPlan plan) {
        return transaction.execute(status -> Saves.translated(ENTITY, plan.id(), Map.of("training_plan_year_once",
                () -> Refusal.of("rule.team.plan.twice", plan.year().key()).violation()), () -> {
            var statement = plan.version() == 0
                    ? jdbc.sql("insert into training_plan (id, year, version) values (:id, :year, 1)")
                    : jdbc.sql("update training_plan set version = version + 1"
                            + " where id = :id and version = :version and year = :year")
                            .param("version", plan.version());
            if (statement.param("id", plan.id().value()).param("year", plan.year().year()).update() == 0) {
                throw new ConcurrentModification(ENTITY, plan.id());
            }
            rows.write(plan);
            return plan.withVersion(plan.version() + 1);
        }));
    }

    @Override
    public Optional<TrainingPlan> byId(TrainingPlanId id) {
        return plans(jdbc.sql("select id, year, version from training_plan where id = :id")
                .param("id", id.value())).stream().findFirst();
    }

    @Override
    public Optional<TrainingPlan> ofYear(int year) {
        return ofYears(year, year).stream().findFirst();
    }

    @Override
    public List<TrainingPlan> ofYears(int from, int to) {
        return plans(jdbc.sql("select id, year, version from training_plan where year between :from and :to"
                + " order by year").param("from", from).param("to", to));
    }

    /** The plans the statement selects, in its order, each with its courses and their records. */
    private List<TrainingPlan> plans(JdbcClient.StatementSpec headers) {
        return rows.attach(headers.query(JdbcTrainingPlans::header).list());
    }

    private static TrainingPlan header(ResultSet rs, int row) throws SQLException {
        return new TrainingPlan(new TrainingPlanId(rs.getObject("id", UUID.class)),
                new Period.Year(rs.getInt("year")), List.of(), rs.getLong("version"));
    }
}
