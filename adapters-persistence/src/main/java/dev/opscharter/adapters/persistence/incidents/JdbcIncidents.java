package dev.opscharter.adapters.persistence.incidents;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.adapters.persistence.shared.Timestamps;
import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentId;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentTimeline;
import dev.opscharter.domain.incidents.StepRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.domain.incidents.IncidentStep.EMERGENCY_MEASURE;
import static dev.opscharter.domain.incidents.IncidentStep.LOCATE_CAUSE;
import static dev.opscharter.domain.incidents.IncidentStep.NOTIFY_STAKEHOLDERS;
import static dev.opscharter.domain.incidents.IncidentStep.POST_MORTEM;

/**
 * {@link Incidents} in {@code incident}, one row per incident with its whole timeline (the steps' times, doers and
 * records, the escalated steps, the ruling), so every read is one query without joins. Optimistic locking on
 * {@code version}; the list is filtered, counted, sorted and cut in SQL.
 */
@Component
class JdbcIncidents implements Incidents {

    private static final String ENTITY = "Incident";
    private static final String COLUMNS = """
            id, type_code, title, reported_by, reported_at, cause_at, cause_by, cause, measure_at, measure_by, measure,
            notified_at, notified_by, stakeholders, post_mortem_at, post_mortem_by, post_mortem, follow_ups, escalated,
            major_accident, ruled_by, ruled_at, version""";
    private static final String VALUES = """
            :id, :type, :title, :reportedBy, :reportedAt, :causeAt, :causeBy, :cause, :measureAt, :measureBy, :measure,
            :notifiedAt, :notifiedBy, :stakeholders, :postMortemAt, :postMortemBy, :postMortem, :followUps,
            :escalated, :majorAccident, :ruledBy, :ruledAt""";
    /** What a later save may change: the report (type, title, who, when) stays as it was. */
    private static final String CHANGES = """
            cause_at = :causeAt, cause_by = :causeBy, cause = :cause, measure_at = :measureAt,
            measure_by = :measureBy, measure = :measure, notified_at = :notifiedAt, notified_by = :notifiedBy,
            stakeholders = :stakeholders, post_mortem_at = :postMortemAt, post_mortem_by = :postMortemBy,
            post_mortem = :postMortem, follow_ups = :followUps, escalated = :escalated,
            major_accident = :majorAccident, ruled_by = :ruledBy, ruled_at = :ruledAt""";
    private static final Map<String, String> SORT_KEYS = Map.of(
            BY_REPORTED, "reported_at",
            BY_TITLE, "title collate \"C\"");
    private static final String OWN_ORDER = "reported_at desc, id";
    private static final String WHERE = " " + """
            where (cast(:type as varchar) is null or type_code = cast(:type as varchar))
              and (cast(:finished as boolean) is null or (post_mortem_at is not null) = cast(:finished as boolean))
              and (:needle = '' or strpos(lower(title), :needle) > 0)""";

    private final JdbcClient jdbc;

    JdbcIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Incident save(Incident incident) {
        return Saves.translated(ENTITY, incident.id(), Map.of(), () -> {
            var statement = incident.version() == 0
                    ? jdbc.sql("insert into incident (" + COLUMNS + ") values (" + VALUES + ", 1)")
                    : jdbc.sql("update incident set " + CHANGES + ", version = version + 1"
                            + " where id = :id and version = :version").param("version", incident.version());
            if (bind(statement, incident).update() == 0) {
                throw new ConcurrentModification(ENTITY, incident.id());
            }
            return incident.withVersion(incident.version() + 1);
        });
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Incident incident) {
        var done = incident.timeline().done();
        var postMortem = incident.record(POST_MORTEM).map(StepRecord.PostMortem.class::cast);
        var ruling = incident.ruling();
        statement.param("id", incident.id().value())
                .param("type", incident.typeCode())
                .param("title", incident.title())
                .param("reportedBy", incident.reportedBy())
                .param("reportedAt", Timestamps.stored(incident.reportedAt()))
                .param("stakeholders", incident.record(NOTIFY_STAKEHOLDERS)
                        .map(r -> ((StepRecord.Notified) r).stakeholders().toArray(String[]::new)).orElse(null),
                        Types.ARRAY)
                .param("followUps", postMortem.map(p -> p.followUps().stream().map(CorrectiveActionId::value)
                        .toArray(UUID[]::new)).orElse(null), Types.ARRAY)
                .param("escalated", incident.escalated().stream().sorted().map(Enum::name).toArray(String[]::new))
                .param("majorAccident", ruling.map(Incident.Ruling::majorAccident).orElse(null), Types.BOOLEAN)
                .param("ruledBy", ruling.map(Incident.Ruling::by).orElse(null), Types.VARCHAR)
                .param("ruledAt", ruling.map(r -> Timestamps.stored(r.at())).orElse(null),
                        Types.TIMESTAMP_WITH_TIMEZONE);
        for (var step : IncidentStep.values()) {
            var column = Column.of(step);
            var handled = Optional.ofNullable(incident.handled().get(step));
            statement.param(column.param + "At", Optional.ofNullable(done.get(step)).map(Timestamps::stored)
                            .orElse(null), Types.TIMESTAMP_WITH_TIMEZONE)
                    .param(column.param + "By", handled.map(Incident.Handled::by).orElse(null), Types.VARCHAR);
        }
        return statement
                .param("cause", text(incident, LOCATE_CAUSE), Types.VARCHAR)
                .param("measure", text(incident, EMERGENCY_MEASURE), Types.VARCHAR)
                .param("postMortem", postMortem.map(StepRecord.PostMortem::text).orElse(null), Types.VARCHAR);
    }

    private static @Nullable String text(Incident incident, IncidentStep step) {
        return incident.record(step).map(r -> switch (r) {
            case StepRecord.Cause c -> c.text();
            case StepRecord.Measure m -> m.text();
            default -> throw new IllegalStateException(step + " recorded as " + r);
        }).orElse(null);
    }

    @Override
    public Optional<Incident> byId(IncidentId id) {
        return jdbc.sql("select " + COLUMNS + " from incident where id = :id").param("id", id.value())
                .query(JdbcIncidents::map).optional();
    }

    @Override
    public List<Incident> page(IncidentFilter filter, PageRequest page) {
        return filtered(jdbc.sql("select " + COLUMNS + " from incident" + WHERE
                + SqlPage.orderAndLimit(page, SORT_KEYS, OWN_ORDER)), filter)
                .param("limit", page.limit()).param("offset", page.offset())
                .query(JdbcIncidents::map).list();
    }

    @Override
    public long count(IncidentFilter filter) {
        return filtered(jdbc.sql("select count(*) from incident" + WHERE), filter).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, IncidentFilter filter) {
        return statement.param("type", filter.type().orElse(null), Types.VARCHAR)
                .param("finished", filter.status().map(s -> s == IncidentFilter.Status.FINISHED).orElse(null),
                        Types.BOOLEAN)
                .param("needle", filter.needle());
    }

    @Override
    public List<Incident> reportedBetween(Instant from, Instant until) {
        return jdbc.sql("select " + COLUMNS + " from incident where reported_at >= :from and reported_at < :until"
                        + " order by reported_at, id")
                .param("from", Timestamps.stored(from)).param("until", Timestamps.stored(until))
                .query(JdbcIncidents::map).list();
    }

    @Override
    public List<Incident> open() {
        return jdbc.sql("select " + COLUMNS + " from incident where post_mortem_at is null order by reported_at, id")
                .query(JdbcIncidents::map).list();
    }

    private static Incident map(ResultSet rs, int row) throws SQLException {
        var done = new EnumMap<IncidentStep, Instant>(IncidentStep.class);
        var handled = new EnumMap<IncidentStep, Incident.Handled>(IncidentStep.class);
        for (var step : IncidentStep.values()) {
            var column = Column.of(step);
            var at = Timestamps.read(rs, column.prefix + "_at");
            if (at != null) {
                done.put(step, at);
                handled.put(step, new Incident.Handled(rs.getString(column.prefix + "_by"), record(step, rs)));
            }
        }
        var escalated = EnumSet.noneOf(IncidentStep.class);
        for (var name : strings(rs, "escalated")) {
            escalated.add(IncidentStep.valueOf(name));
        }
        var ruledAt = Timestamps.read(rs, "ruled_at");
        var ruling = ruledAt == null ? Optional.<Incident.Ruling>empty()
                : Optional.of(new Incident.Ruling(rs.getBoolean("major_accident"), rs.getString("ruled_by"), ruledAt));
        return new Incident(new IncidentId(rs.getObject("id", UUID.class)), rs.getString("type_code"),
                rs.getString("title"), rs.getString("reported_by"),
                new IncidentTimeline(Objects.requireNonNull(Timestamps.read(rs, "reported_at")), done),
                handled, escalated, ruling, rs.getLong("version"));
    }

    private static StepRecord record(IncidentStep step, ResultSet rs) throws SQLException {
        return switch (step) {
            case LOCATE_CAUSE -> new StepRecord.Cause(rs.getString("cause"));
            case EMERGENCY_MEASURE -> new StepRecord.Measure(rs.getString("measure"));
            case NOTIFY_STAKEHOLDERS -> new StepRecord.Notified(strings(rs, "stakeholders"));
            case POST_MORTEM -> {
                var array = rs.getArray("follow_ups");
                var ids = array == null ? new UUID[0] : (UUID[]) array.getArray();
                yield new StepRecord.PostMortem(rs.getString("post_mortem"),
                        Arrays.stream(ids).map(CorrectiveActionId::new).toList());
            }
        };
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** The columns of a step: {@code <prefix>_at}, {@code <prefix>_by}, bound as {@code :<param>At}, {@code By}. */
    private enum Column {
        CAUSE(LOCATE_CAUSE, "cause", "cause"),
        MEASURE(EMERGENCY_MEASURE, "measure", "measure"),
        NOTIFIED(NOTIFY_STAKEHOLDERS, "notified", "notified"),
        POST_MORTEM_DONE(POST_MORTEM, "post_mortem", "postMortem");

        final IncidentStep step;
        final String prefix;
        final String param;

        Column(IncidentStep step, String prefix, String param) {
            this.step = step;
            this.prefix = prefix;
            this.param = param;
        }

        static Column of(IncidentStep step) {
            for (var column : values()) {
                if (column.step == step) {
                    return column;
                }
            }
            throw new IllegalArgumentException("no columns for " + step);
        }
    }
}
