package dev.opscharter.adapters.persistence.risks;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.out.Risks;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskHeatMap;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskLevel;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.risks.RiskStatus;
import dev.opscharter.domain.shared.InvalidValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Risks} in {@code risk}, optimistic locking on {@code version}; its indicators and re-ratings are only
 * ever added, so a save inserts the ones not stored yet. Pages, counts and the heat map are cut in SQL.
 */
@Component
class JdbcRisks implements Risks {

    static final String CODE_TAKEN = "validation.risks.code-taken";

    private static final String ENTITY = "Risk";
    private static final String COLUMNS = """
            id, code, title, category, owner, likelihood, impact, controls, contingency_plan, status,
            awaiting_status, awaiting_by, awaiting_at, awaiting_note, resolved_status, resolved_by, resolved_at,
            resolved_note, created_by, created_at, version""";
    private static final Map<String, String> SORT_KEYS = Map.of(BY_CODE, "code", BY_SCORE, "score",
            BY_TITLE, "title");
    private static final String WHERE = " " + """
             where (cast(:status as text) is null or status = cast(:status as text))
               and (cast(:lowest as integer) is null or score between cast(:lowest as integer)
                    and cast(:highest as integer))
               and (cast(:category as text) is null or category = cast(:category as text))
               and (cast(:owner as text) is null or owner = cast(:owner as text))
               and (not :awaiting or awaiting_status is not null)
               and (:needle = '' or strpos(lower(code), :needle) > 0 or strpos(lower(title), :needle) > 0
                    or strpos(lower(category), :needle) > 0)""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final RiskChildren children;

    JdbcRisks(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.children = new RiskChildren(jdbc);
    }

    @Override
    public Risk save(Risk risk) {
        return transaction.execute(status -> Saves.translated(ENTITY, risk.id(),
                Map.of("risk_code_once", () -> new InvalidValue("code", CODE_TAKEN, risk.code())), () -> {
                    var statement = risk.version() == 0
                            ? jdbc.sql("insert into risk (" + COLUMNS + ") " + """
                            values (:id, :code, :title, :category, :owner, :likelihood, :impact, :controls, :plan,
                                :status, :awaitingStatus, :awaitingBy, :awaitingAt, :awaitingNote, :resolvedStatus,
                                :resolvedBy, :resolvedAt, :resolvedNote, :createdBy, :createdAt, 1)""")
                            : jdbc.sql("""
                            update risk set title = :title, category = :category, owner = :owner,
                                likelihood = :likelihood, impact = :impact, controls = :controls,
                                contingency_plan = :plan, status = :status, awaiting_status = :awaitingStatus,
                                awaiting_by = :awaitingBy, awaiting_at = :awaitingAt, awaiting_note = :awaitingNote,
                                resolved_status = :resolvedStatus, resolved_by = :resolvedBy,
                                resolved_at = :resolvedAt, resolved_note = :resolvedNote, version = version + 1
                            where id = :id and version = :version""")
                            .param("version", risk.version());
                    statement = resolution(resolution(statement, "awaiting", risk.awaiting()), "resolved",
                            risk.resolution());
                    int updated = statement.param("id", risk.id().value()).param("code", risk.code())
                            .param("title", risk.title()).param("category", risk.category())
                            .param("owner", risk.owner()).param("likelihood", risk.rating().likelihood())
                            .param("impact", risk.rating().impact()).param("controls", risk.controls())
                            .param("plan", risk.contingencyPlan()).param("status", risk.status().name())
                            .param("createdBy", risk.createdBy()).param("createdAt", Instants.stored(risk.createdAt()))
                            .update();
                    if (updated == 0) {
                        throw new ConcurrentModification(ENTITY, risk.id());
                    }
                    children.write(risk);
                    return risk.withVersion(risk.version() + 1);
                }));
    }

    private static JdbcClient.StatementSpec resolution(JdbcClient.StatementSpec statement, String prefix,
                                                       Optional<Risk.Resolution> resolution) {
        return statement
                .param(prefix + "Status", resolution.map(r -> r.status().name()).orElse(null), Types.VARCHAR)
                .param(prefix + "By", resolution.map(Risk.Resolution::by).orElse(null), Types.VARCHAR)
                .param(prefix + "At", resolution.map(r -> Instants.stored(r.at())).orElse(null),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .param(prefix + "Note", resolution.map(Risk.Resolution::note).orElse(null), Types.VARCHAR);
    }

    @Override
    public Optional<Risk> byId(RiskId id) {
        return jdbc.sql("select " + COLUMNS + " from risk where id = :id").param("id", id.value())
                .query(JdbcRisks::header).optional().map(risk -> children.attach(List.of(risk)).getFirst());
    }

    @Override
    public List<Risk> page(RiskFilter filter, PageRequest page) {
        var headers = filtered("select " + COLUMNS + " from risk" + WHERE
                + SqlPage.orderAndLimit(page, SORT_KEYS, "code, id"), filter)
                .param("limit", page.limit()).param("offset", page.offset())
                .query(JdbcRisks::header).list();
        return children.attach(headers);
    }

    @Override
    public long count(RiskFilter filter) {
        return filtered("select count(*) from risk" + WHERE, filter).query(Long.class).single();
    }

    @Override
    public RiskHeatMap heatMap(RiskFilter filter) {
        var map = new RiskHeatMap();
        filtered("select likelihood, impact, count(*) as risks from risk" + WHERE + " group by likelihood, impact",
                filter)
                .query((rs, row) -> map.add(new RiskRating(rs.getInt("likelihood"), rs.getInt("impact")),
                        rs.getLong("risks")))
                .list();
        return map;
    }

    /** A level is a range of scores: from its own lowest to the next level's lowest, exclusive. */
    private JdbcClient.StatementSpec filtered(String sql, RiskFilter filter) {
        var level = filter.level();
        return jdbc.sql(sql)
                .param("status", filter.status().map(RiskStatus::name).orElse(null), Types.VARCHAR)
                .param("lowest", level.map(RiskLevel::from).orElse(null), Types.INTEGER)
                .param("highest", level.map(JdbcRisks::highest).orElse(null), Types.INTEGER)
                .param("category", filter.category().orElse(null), Types.VARCHAR)
                .param("owner", filter.owner().orElse(null), Types.VARCHAR)
                .param("awaiting", filter.awaitingSignOff())
                .param("needle", filter.needle());
    }

    private static int highest(RiskLevel level) {
        var levels = RiskLevel.values();
        return level.ordinal() + 1 < levels.length ? levels[level.ordinal() + 1].from() - 1
                : RiskRating.MAX * RiskRating.MAX;
    }

    /** The risk as its row holds it, without indicators and history yet. */
    private static Risk header(ResultSet rs, int row) throws SQLException {
        return new Risk(new RiskId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getString("title"),
                rs.getString("category"), rs.getString("owner"),
                new RiskRating(rs.getInt("likelihood"), rs.getInt("impact")), rs.getString("controls"),
                rs.getString("contingency_plan"), RiskStatus.valueOf(rs.getString("status")), List.of(), List.of(),
                resolution(rs, "awaiting"), resolution(rs, "resolved"), rs.getString("created_by"),
                Instants.read(rs, "created_at"), rs.getLong("version"));
    }

    private static Optional<Risk.Resolution> resolution(ResultSet rs, String prefix) throws SQLException {
        var status = rs.getString(prefix + "_status");
        return status == null ? Optional.empty() : Optional.of(new Risk.Resolution(RiskStatus.valueOf(status),
                rs.getString(prefix + "_by"), Instants.read(rs, prefix + "_at"), rs.getString(prefix + "_note")));
    }
}
