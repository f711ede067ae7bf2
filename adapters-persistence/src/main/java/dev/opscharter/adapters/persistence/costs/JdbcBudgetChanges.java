package dev.opscharter.adapters.persistence.costs;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.costs.port.out.BudgetChanges;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.costs.BudgetChange;
import dev.opscharter.domain.costs.BudgetChangeId;
import dev.opscharter.domain.costs.CostType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link BudgetChanges} in {@code cost_budget_change}: written once, never updated. */
@Component
class JdbcBudgetChanges implements BudgetChanges {

    private static final String COLUMNS = "id, year, cost_type, amount, reason, requested_by, requested_at, work_item_id";

    private final JdbcClient jdbc;

    JdbcBudgetChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BudgetChange save(BudgetChange change) {
        return Saves.translated("BudgetChange", change.id(), Map.of(), () -> {
            jdbc.sql("insert into cost_budget_change (" + COLUMNS
                            + ") values (:id, :year, :type, :amount, :reason, :by, :at, :workItem)")
                    .param("id", change.id().value()).param("year", change.year())
                    .param("type", change.type().name()).param("amount", change.amount())
                    .param("reason", change.reason()).param("by", change.requestedBy())
                    .param("at", change.requestedAt().atOffset(ZoneOffset.UTC)).param("workItem", change.workItem().value())
                    .update();
            return change;
        });
    }

    @Override
    public Optional<BudgetChange> byId(BudgetChangeId id) {
        return jdbc.sql("select " + COLUMNS + " from cost_budget_change where id = :id").param("id", id.value())
                .query(JdbcBudgetChanges::map).optional();
    }

    @Override
    public List<BudgetChange> ofYear(int year) {
        return jdbc.sql("select " + COLUMNS + " from cost_budget_change where year = :year order by requested_at, id")
                .param("year", year).query(JdbcBudgetChanges::map).list();
    }

    private static BudgetChange map(ResultSet rs, int row) throws SQLException {
        return new BudgetChange(new BudgetChangeId(rs.getObject("id", UUID.class)), rs.getInt("year"),
                CostType.valueOf(rs.getString("cost_type")), rs.getBigDecimal("amount"), rs.getString("reason"),
                rs.getString("requested_by"), rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                new WorkItemId(rs.getObject("work_item_id", UUID.class)));
    }
}
