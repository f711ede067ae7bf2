package dev.opscharter.adapters.persistence.collaboration;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.collaboration.port.out.RecurringMeetings;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.MeetingSeriesId;
import dev.opscharter.domain.collaboration.Recurrence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link RecurringMeetings} in {@code meeting_series}, which V37 seeds with {@link MeetingSeries#defaults()};
 * optimistic locking on {@code version}. The recurrence is its kind and its day (of the week or of the month).
 */
@Component
class JdbcRecurringMeetings implements RecurringMeetings {

    private static final String ENTITY = "MeetingSeries";
    private static final String COLUMNS = """
            id, title, topic, departments, recurrence, day_of_week, day_of_month, at_time, active, version""";
    private static final String WEEKLY = "WEEKLY";
    private static final String MONTHLY = "MONTHLY";

    private final JdbcClient jdbc;

    JdbcRecurringMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MeetingSeries save(MeetingSeries series) {
        return Saves.translated(ENTITY, series.id(), Map.of(), () -> {
            var statement = series.version() == 0
                    ? jdbc.sql("insert into meeting_series (" + COLUMNS + ") values (:id, :title, :topic,"
                    + " :departments, :recurrence, :dayOfWeek, :dayOfMonth, :at, :active, 1)")
                    : jdbc.sql("""
                    update meeting_series set title = :title, topic = :topic, departments = :departments,
                        recurrence = :recurrence, day_of_week = :dayOfWeek, day_of_month = :dayOfMonth, at_time = :at,
                        active = :active, version = version + 1
                    where id = :id and version = :version""").param("version", series.version());
            var recurrence = series.recurrence();
            Rows.wrote(statement.param("id", series.id().value()).param("title", series.title())
                    .param("topic", series.topic()).param("departments", Rows.codes(series.departments()))
                    .param("recurrence", recurrence instanceof Recurrence.Weekly ? WEEKLY : MONTHLY)
                    .param("dayOfWeek", recurrence instanceof Recurrence.Weekly(var day, var _)
                            ? day.getValue() : null, Types.SMALLINT)
                    .param("dayOfMonth", recurrence instanceof Recurrence.Monthly(var day, var _)
                            ? day : null, Types.SMALLINT)
                    .param("at", recurrence.at()).param("active", series.active())
                    .update(), ENTITY, series.id());
            return series.withVersion(series.version() + 1);
        });
    }

    @Override
    public Optional<MeetingSeries> byId(MeetingSeriesId id) {
        return jdbc.sql("select " + COLUMNS + " from meeting_series where id = :id").param("id", id.value())
                .query(JdbcRecurringMeetings::map).optional();
    }

    @Override
    public List<MeetingSeries> all() {
        return jdbc.sql("select " + COLUMNS + " from meeting_series order by title collate \"C\", id")
                .query(JdbcRecurringMeetings::map).list();
    }

    private static MeetingSeries map(ResultSet rs, int row) throws SQLException {
        var at = rs.getObject("at_time", LocalTime.class);
        Recurrence recurrence = WEEKLY.equals(rs.getString("recurrence"))
                ? new Recurrence.Weekly(DayOfWeek.of(rs.getInt("day_of_week")), at)
                : new Recurrence.Monthly(rs.getInt("day_of_month"), at);
        return new MeetingSeries(new MeetingSeriesId(rs.getObject("id", UUID.class)), rs.getString("title"),
                rs.getString("topic"), Rows.departments(rs, "departments"), recurrence, rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
