package dev.opscharter.adapters.persistence.collaboration;

import dev.opscharter.adapters.persistence.collaboration.ActionItemRows.Origin;
import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.adapters.persistence.shared.Timestamps;
import dev.opscharter.application.collaboration.port.out.Meetings;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.collaboration.MeetingId;
import dev.opscharter.domain.collaboration.MeetingSeriesId;
import dev.opscharter.domain.collaboration.MeetingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Meetings} in {@code meeting}, optimistic locking on {@code version}; the agenda and decisions are arrays
 * of the row, the action items rows of {@code action_item}, the items carried in links to the rows of the meetings
 * that agreed them. A second meeting of a series at the same time meets {@code meeting_occurrence_once}: the
 * schedule lost a race, a {@link ConcurrentModification}. Pages and counts are cut in SQL.
 */
@Component
class JdbcMeetings implements Meetings {

    private static final String ENTITY = "Meeting";
    private static final String COLUMNS = """
            id, series_id, title, departments, scheduled_at, agenda, minutes, decisions, status, version""";
    private static final String NEWEST_FIRST = "scheduled_at desc, id";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ActionItemRows items;

    JdbcMeetings(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.items = new ActionItemRows(jdbc);
    }

    @Override
    public Meeting save(Meeting meeting) {
        return Objects.requireNonNull(transaction.execute(status -> Saves.translated(ENTITY, meeting.id(),
                Map.of("meeting_occurrence_once", () -> new ConcurrentModification(ENTITY, meeting.id())), () -> {
                    var statement = meeting.version() == 0
                            ? jdbc.sql("insert into meeting (" + COLUMNS + ") values (:id, :series, :title,"
                            + " :departments, :scheduledAt, :agenda, :minutes, :decisions, :status, 1)")
                            : jdbc.sql("""
                            update meeting set agenda = :agenda, minutes = :minutes, decisions = :decisions,
                                status = :status, version = version + 1
                            where id = :id and version = :version""").param("version", meeting.version());
                    Rows.wrote(statement.param("id", meeting.id().value()).param("series", meeting.series().value())
                            .param("title", meeting.title()).param("departments", Rows.codes(meeting.departments()))
                            .param("scheduledAt", Timestamps.stored(meeting.scheduledAt()))
                            .param("agenda", Rows.array(meeting.agenda())).param("minutes", meeting.minutes())
                            .param("decisions", Rows.array(meeting.decisions()))
                            .param("status", meeting.status().name())
                            .update(), ENTITY, meeting.id());
                    items.write(Origin.MEETING, meeting.id().value(), meeting.actionItems());
                    items.carry(meeting.id().value(), meeting.carried());
                    return meeting.withVersion(meeting.version() + 1);
                })));
    }

    @Override
    public Optional<Meeting> byId(MeetingId id) {
        return withItems(jdbc.sql("select " + COLUMNS + " from meeting where id = :id").param("id", id.value())
                .query(JdbcMeetings::header).list()).stream().findFirst();
    }

    /** One row of {@code meeting_occurrence_once} read backwards: a series has one meeting at a time. */
    @Override
    public Optional<Meeting> latestOf(MeetingSeriesId series) {
        return withItems(jdbc.sql("select " + COLUMNS + " from meeting where series_id = :series"
                        + " order by scheduled_at desc limit 1").param("series", series.value())
                .query(JdbcMeetings::header).list()).stream().findFirst();
    }

    @Override
    public List<Meeting> page(PageRequest page) {
        return withItems(jdbc.sql("select " + COLUMNS + " from meeting"
                        + SqlPage.orderAndLimit(page, Map.of(), NEWEST_FIRST))
                .param("limit", page.limit()).param("offset", page.offset())
                .query(JdbcMeetings::header).list());
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from meeting").query(Long.class).single();
    }

    /** The meeting as its row holds it, without its items yet. */
    private static Meeting header(ResultSet rs, int row) throws SQLException {
        return new Meeting(new MeetingId(rs.getObject("id", UUID.class)),
                new MeetingSeriesId(rs.getObject("series_id", UUID.class)), rs.getString("title"),
                Rows.departments(rs, "departments"), Objects.requireNonNull(Timestamps.read(rs, "scheduled_at")),
                Rows.texts(rs, "agenda"), List.of(), rs.getString("minutes"), Rows.texts(rs, "decisions"), List.of(),
                MeetingStatus.valueOf(rs.getString("status")), rs.getLong("version"));
    }

    /** The meetings with their own items and those carried in, in the order given. */
    private List<Meeting> withItems(List<Meeting> headers) {
        var ids = headers.stream().map(meeting -> meeting.id().value()).toList();
        var own = items.of(Origin.MEETING, ids);
        var carried = items.carriedInto(ids);
        return headers.stream().map(m -> new Meeting(m.id(), m.series(), m.title(), m.departments(),
                m.scheduledAt(), m.agenda(), carried.getOrDefault(m.id().value(), List.of()), m.minutes(),
                m.decisions(), own.getOrDefault(m.id().value(), List.of()), m.status(), m.version())).toList();
    }
}
