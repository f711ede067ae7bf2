package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.efficiency.port.out.ToolIntroductions;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.efficiency.ToolIntroduction;
import dev.opscharter.domain.efficiency.ToolIntroductionId;
import dev.opscharter.domain.efficiency.Training;
import dev.opscharter.domain.targets.MetricDirection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ToolIntroductions} in {@code efficiency_tool}; optimistic locking on {@code version}. */
@Component
class JdbcToolIntroductions implements ToolIntroductions {

    private static final String ENTITY = "ToolIntroduction";
    private static final String COLUMNS = """
            id, name, indicator, direction, go_live, baseline, after_value, training_sessions, training_attendees,
            training_note, version""";
    private static final Map<String, String> SORT_KEYS = Map.of("name", "name", "goLive", "go_live");

    private final JdbcClient jdbc;

    JdbcToolIntroductions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ToolIntroduction save(ToolIntroduction tool) {
        return Saves.translated(ENTITY, tool.id(), Map.of(), () -> {
            if (tool.version() == 0) {
                bind(jdbc.sql("insert into efficiency_tool (" + COLUMNS + """
                        ) values (:id, :name, :indicator, :direction, :goLive, :baseline, :after, :sessions, :attendees,
                        :note, 1)"""), tool).update();
                return tool.withVersion(1);
            }
            int updated = bind(jdbc.sql("""
                    update efficiency_tool set name = :name, indicator = :indicator, direction = :direction,
                        go_live = :goLive, baseline = :baseline, after_value = :after, training_sessions = :sessions,
                        training_attendees = :attendees, training_note = :note, version = version + 1
                    where id = :id and version = :version"""), tool).param("version", tool.version()).update();
            if (updated == 0) {
                throw new ConcurrentModification(ENTITY, tool.id());
            }
            return tool.withVersion(tool.version() + 1);
        });
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ToolIntroduction tool) {
        return statement.param("id", tool.id().value())
                .param("name", tool.name())
                .param("indicator", tool.indicator())
                .param("direction", tool.direction().name())
                .param("goLive", tool.goLive())
                .param("baseline", tool.baseline())
                .param("after", tool.after().orElse(null), Types.NUMERIC)
                .param("sessions", tool.training().sessions())
                .param("attendees", tool.training().attendees())
                .param("note", tool.training().note());
    }

    @Override
    public Optional<ToolIntroduction> byId(ToolIntroductionId id) {
        return jdbc.sql("select " + COLUMNS + " from efficiency_tool where id = :id").param("id", id.value())
                .query(JdbcToolIntroductions::tool).optional();
    }

    @Override
    public List<ToolIntroduction> page(PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " from efficiency_tool"
                        + SqlPage.orderAndLimit(page, SORT_KEYS, "go_live desc, id"))
                .param("limit", page.limit()).param("offset", page.offset())
                .query(JdbcToolIntroductions::tool).list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from efficiency_tool").query(Long.class).single();
    }

    private static ToolIntroduction tool(ResultSet rs, int row) throws SQLException {
        return new ToolIntroduction(new ToolIntroductionId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("indicator"), MetricDirection.valueOf(rs.getString("direction")),
                rs.getObject("go_live", LocalDate.class), rs.getBigDecimal("baseline"),
                Optional.ofNullable(rs.getBigDecimal("after_value")),
                new Training(rs.getInt("training_sessions"), rs.getInt("training_attendees"),
                        rs.getString("training_note")), rs.getLong("version"));
    }
}
