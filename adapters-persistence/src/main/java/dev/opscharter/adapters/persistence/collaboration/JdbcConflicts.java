package dev.opscharter.adapters.persistence.collaboration;

import dev.opscharter.adapters.persistence.collaboration.ActionItemRows.Origin;
import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.adapters.persistence.shared.Timestamps;
import dev.opscharter.application.collaboration.port.out.Conflicts;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.ConflictId;
import dev.opscharter.domain.collaboration.ResolutionPlanId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Conflicts} in {@code conflict}, optimistic locking on {@code version}; the resolution is columns of the
 * row (all or none), the follow-ups rows of {@code action_item}. Pages and counts are cut in SQL.
 */
@Component
class JdbcConflicts implements Conflicts {

    private static final String ENTITY = "Conflict";
    private static final String COLUMNS = """
            id, parties, matter, resolution, agreed_by, plan_id, resolved_by, resolved_at, raised_by, raised_at,
            version""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ActionItemRows items;

    JdbcConflicts(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.items = new ActionItemRows(jdbc);
    }

    @Override
    public Conflict save(Conflict conflict) {
        return Objects.requireNonNull(transaction.execute(status -> Saves.translated(ENTITY, conflict.id(), Map.of(),
                () -> {
                    var statement = conflict.version() == 0
                            ? jdbc.sql("insert into conflict (" + COLUMNS + ") values (:id, :parties, :matter,"
                            + " :resolution, :agreedBy, :plan, :resolvedBy, :resolvedAt, :raisedBy, :raisedAt, 1)")
                            : jdbc.sql("""
                            update conflict set resolution = :resolution, agreed_by = :agreedBy, plan_id = :plan,
                                resolved_by = :resolvedBy, resolved_at = :resolvedAt, version = version + 1
                            where id = :id and version = :version""").param("version", conflict.version());
                    var resolution = conflict.resolution();
                    Rows.wrote(statement.param("id", conflict.id().value())
                            .param("parties", Rows.codes(conflict.parties())).param("matter", conflict.matter())
                            .param("resolution", resolution.map(Conflict.Resolution::text).orElse(null),
                                    Types.VARCHAR)
                            .param("agreedBy", resolution.map(r -> Rows.array(r.agreedBy())).orElse(null),
                                    Types.ARRAY)
                            .param("plan", resolution.flatMap(Conflict.Resolution::plan)
                                    .map(ResolutionPlanId::value).orElse(null), Types.OTHER)
                            .param("resolvedBy", resolution.map(Conflict.Resolution::recordedBy).orElse(null),
                                    Types.VARCHAR)
                            .param("resolvedAt", resolution.map(r -> Timestamps.stored(r.at())).orElse(null),
                                    Types.TIMESTAMP_WITH_TIMEZONE)
                            .param("raisedBy", conflict.raisedBy())
                            .param("raisedAt", Timestamps.stored(conflict.raisedAt()))
                            .update(), ENTITY, conflict.id());
                    items.write(Origin.CONFLICT, conflict.id().value(), conflict.followUps());
                    return conflict.withVersion(conflict.version() + 1);
                })));
    }

    @Override
    public Optional<Conflict> byId(ConflictId id) {
        return withFollowUps(jdbc.sql("select " + COLUMNS + " from conflict where id = :id").param("id", id.value())
                .query(JdbcConflicts::header).list()).stream().findFirst();
    }

    @Override
    public List<Conflict> page(PageRequest page) {
        return withFollowUps(jdbc.sql("select " + COLUMNS + " from conflict"
                        + SqlPage.orderAndLimit(page, Map.of(), "raised_at desc, id"))
                .param("limit", page.limit()).param("offset", page.offset())
                .query(JdbcConflicts::header).list());
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from conflict").query(Long.class).single();
    }

    @Override
    public List<Conflict> unresolved() {
        return withFollowUps(jdbc.sql("select " + COLUMNS + " from conflict where resolution is null"
                + " order by raised_at, id").query(JdbcConflicts::header).list());
    }

    /** The conflict as its row holds it, without its follow-ups yet. */
    private static Conflict header(ResultSet rs, int row) throws SQLException {
        var text = rs.getString("resolution");
        var plan = rs.getObject("plan_id", UUID.class);
        var resolution = text == null ? Optional.<Conflict.Resolution>empty() : Optional.of(new Conflict.Resolution(
                text, Rows.texts(rs, "agreed_by"), Optional.ofNullable(plan).map(ResolutionPlanId::new),
                rs.getString("resolved_by"), Objects.requireNonNull(Timestamps.read(rs, "resolved_at"))));
        return new Conflict(new ConflictId(rs.getObject("id", UUID.class)), Rows.departments(rs, "parties"),
                rs.getString("matter"), resolution, List.of(), rs.getString("raised_by"),
                Objects.requireNonNull(Timestamps.read(rs, "raised_at")), rs.getLong("version"));
    }

    private List<Conflict> withFollowUps(List<Conflict> headers) {
        var followUps = items.of(Origin.CONFLICT, headers.stream().map(c -> c.id().value()).toList());
        return headers.stream().map(c -> new Conflict(c.id(), c.parties(), c.matter(), c.resolution(),
                followUps.getOrDefault(c.id().value(), List.of()), c.raisedBy(), c.raisedAt(), c.version())).toList();
    }
}
