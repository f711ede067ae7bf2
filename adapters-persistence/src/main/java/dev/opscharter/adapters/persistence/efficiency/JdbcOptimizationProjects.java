package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.application.efficiency.ProjectFilter;
import dev.opscharter.application.efficiency.port.out.OptimizationProjects;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.efficiency.CaseFigure;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.Measured;
import dev.opscharter.domain.efficiency.OptimizationProject;
import dev.opscharter.domain.efficiency.OptimizationProjectId;
import dev.opscharter.domain.efficiency.ProjectDraft;
import dev.opscharter.domain.efficiency.ProjectState;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link OptimizationProjects} in {@code efficiency_project} and its indicators in order
 * ({@code efficiency_project_indicator}, rewritten with every save). Optimistic locking on {@code version}.
 */
@Component
class JdbcOptimizationProjects implements OptimizationProjects {

    private static final String ENTITY = "OptimizationProject";
    private static final String COLUMNS = """
            id, title, owner, process_code, state, landed_on, acceptance_report, prepared_by, created_at, version""";
    private static final Map<String, String> SORT_KEYS = Map.of(
            "title", "title",
            "owner", "owner",
            "state", "array_position(array['PLANNED', 'IN_PROGRESS', 'ACCEPTED', 'CANCELLED']::text[], state::text)",
            "landedOn", "landed_on");
    private static final String OWN_ORDER = "landed_on desc nulls last, created_at desc, id";
    private static final String WHERE = """
             where (cast(:state as text) is null or state = cast(:state as text))
               and (cast(:text as text) is null or strpos(lower(title), lower(cast(:text as text))) > 0
                    or strpos(lower(owner), lower(cast(:text as text))) > 0
                    or strpos(lower(coalesce(process_code, '')), lower(cast(:text as text))) > 0)""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcOptimizationProjects(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public OptimizationProject save(OptimizationProject project) {
        return transaction.execute(status -> Saves.translated(ENTITY, project.id(), Map.of(),
                () -> project.version() == 0 ? insert(project) : update(project)));
    }

    private OptimizationProject insert(OptimizationProject project) {
        bind(jdbc.sql("insert into efficiency_project (" + COLUMNS + """
                ) values (:id, :title, :owner, :process, :state, :landedOn, :report, :preparedBy, :createdAt, 1)"""),
                project)
                .param("preparedBy", project.preparedBy())
                .param("createdAt", Timestamp.from(project.createdAt()))
                .update();
        writeIndicators(project);
        return project.withVersion(1);
    }

    private OptimizationProject update(OptimizationProject project) {
        int updated = bind(jdbc.sql("""
                update efficiency_project set title = :title, owner = :owner, process_code = :process, state = :state,
                    landed_on = :landedOn, acceptance_report = :report, version = version + 1
                where id = :id and version = :version"""), project)
                .param("version", project.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentModification(ENTITY, project.id());
        }
        jdbc.sql("delete from efficiency_project_indicator where project_id = :id").param("id", project.id().value())
                .update();
        writeIndicators(project);
        return project.withVersion(project.version() + 1);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, OptimizationProject project) {
        return statement
                .param("id", project.id().value())
                .param("title", project.title())
                .param("owner", project.owner())
                .param("process", project.processCode().orElse(null), Types.VARCHAR)
                .param("state", project.state().name())
                .param("landedOn", project.landedOn().orElse(null), Types.DATE)
                .param("report", project.acceptanceReport().orElse(null), Types.OTHER);
    }

    private void writeIndicators(OptimizationProject project) {
        var indicators = project.indicators();
        for (int position = 0; position < indicators.size(); position++) {
            var indicator = indicators.get(position);
            var measured = indicator.measured();
            jdbc.sql("""
                            insert into efficiency_project_indicator (project_id, position, name, unit, direction, core,
                                baseline, after_value, measured_figure, measured_landed_on, measured_days, cases_before,
                                cases_after)
                            values (:project, :position, :name, :unit, :direction, :core, :baseline, :after, :figure,
                                :landedOn, :days, :casesBefore, :casesAfter)""")
                    .param("project", project.id().value())
                    .param("position", position)
                    .param("name", indicator.name())
                    .param("unit", indicator.unit().name())
                    .param("direction", indicator.direction().name())
                    .param("core", indicator.core())
                    .param("baseline", indicator.baseline().orElse(null), Types.NUMERIC)
                    .param("after", indicator.after().orElse(null), Types.NUMERIC)
                    .param("figure", measured.map(m -> m.figure().name()).orElse(null), Types.VARCHAR)
                    .param("landedOn", measured.map(Measured::landedOn).orElse(null), Types.DATE)
                    .param("days", measured.map(Measured::days).orElse(null), Types.INTEGER)
                    .param("casesBefore", measured.map(Measured::casesBefore).orElse(null), Types.BIGINT)
                    .param("casesAfter", measured.map(Measured::casesAfter).orElse(null), Types.BIGINT)
                    .update();
        }
    }

    @Override
    public Optional<OptimizationProject> byId(OptimizationProjectId id) {
        return projects(" where id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public List<OptimizationProject> page(ProjectFilter filter, PageRequest page) {
        var params = new HashMap<String, Object>(Map.of("limit", page.limit(), "offset", page.offset()));
        return projects(WHERE + " " + SqlPage.orderAndLimit(page, SORT_KEYS, OWN_ORDER), params, filter);
    }

    @Override
    public long count(ProjectFilter filter) {
        return filtered(jdbc.sql("select count(*) from efficiency_project " + WHERE), filter).query(Long.class).single();
    }

    @Override
    public List<OptimizationProject> landedBetween(LocalDate from, LocalDate until) {
        return projects(" where state = 'ACCEPTED' and landed_on >= :from and landed_on < :until"
                + " order by landed_on, id", Map.of("from", from, "until", until));
    }

    @Override
    public boolean anyCreatedBefore(Instant until) {
        return jdbc.sql("select exists (select 1 from efficiency_project where created_at < :until)")
                .param("until", Timestamp.from(until)).query(Boolean.class).single();
    }

    private List<OptimizationProject> projects(String where, Map<String, Object> params) {
        var statement = jdbc.sql("select " + COLUMNS + " from efficiency_project" + where);
        params.forEach(statement::param);
        return withIndicators(statement.query(ProjectRow::of).list());
    }

    private List<OptimizationProject> projects(String where, Map<String, Object> params, ProjectFilter filter) {
        var statement = filtered(jdbc.sql("select " + COLUMNS + " from efficiency_project " + where), filter);
        params.forEach(statement::param);
        return withIndicators(statement.query(ProjectRow::of).list());
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, ProjectFilter filter) {
        return statement.param("state", filter.state().map(Enum::name).orElse(null), Types.VARCHAR)
                .param("text", filter.text().orElse(null), Types.VARCHAR);
    }

    private List<OptimizationProject> withIndicators(List<ProjectRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var indicators = new HashMap<UUID, List<EfficiencyIndicator>>();
        jdbc.sql("""
                        select project_id, name, unit, direction, core, baseline, after_value, measured_figure,
                               measured_landed_on, measured_days, cases_before, cases_after
                        from efficiency_project_indicator where project_id = any(:ids) order by project_id, position""")
                .param("ids", rows.stream().map(ProjectRow::id).toArray(UUID[]::new))
                .query(rs -> {
                    indicators.computeIfAbsent(rs.getObject("project_id", UUID.class), id -> new ArrayList<>())
                            .add(indicator(rs));
                });
        return rows.stream().map(row -> row.project(indicators.getOrDefault(row.id(), List.of()))).toList();
    }

    private static EfficiencyIndicator indicator(ResultSet rs) throws SQLException {
        var figure = rs.getString("measured_figure");
        var measured = figure == null ? Optional.<Measured>empty() : Optional.of(new Measured(
                CaseFigure.valueOf(figure), rs.getObject("measured_landed_on", LocalDate.class),
                rs.getInt("measured_days"), rs.getLong("cases_before"), rs.getLong("cases_after")));
        return new EfficiencyIndicator(rs.getString("name"), MetricUnit.valueOf(rs.getString("unit")),
                MetricDirection.valueOf(rs.getString("direction")), rs.getBoolean("core"),
                decimal(rs, "baseline"), decimal(rs, "after_value"), measured);
    }

    static Optional<BigDecimal> decimal(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getBigDecimal(column));
    }

    private record ProjectRow(UUID id, String title, String owner, Optional<String> process, ProjectState state,
                              Optional<LocalDate> landedOn, Optional<UUID> report, String preparedBy,
                              Instant createdAt, long version) {

        static ProjectRow of(ResultSet rs, int row) throws SQLException {
            return new ProjectRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("owner"),
                    Optional.ofNullable(rs.getString("process_code")), ProjectState.valueOf(rs.getString("state")),
                    Optional.ofNullable(rs.getObject("landed_on", LocalDate.class)),
                    Optional.ofNullable(rs.getObject("acceptance_report", UUID.class)), rs.getString("prepared_by"),
                    rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
        }

        OptimizationProject project(List<EfficiencyIndicator> indicators) {
            return new OptimizationProject(new OptimizationProjectId(id),
                    new ProjectDraft(title, owner, process, indicators), state, landedOn, report, preparedBy,
                    createdAt, version);
        }
    }
}
