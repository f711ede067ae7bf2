package dev.opscharter.adapters.persistence.collaboration;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.adapters.persistence.shared.SqlPage;
import dev.opscharter.adapters.persistence.shared.Timestamps;
import dev.opscharter.application.collaboration.port.out.CrossDepartmentProjects;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.collaboration.CrossDepartmentProject;
import dev.opscharter.domain.collaboration.CrossDepartmentProjectId;
import dev.opscharter.domain.collaboration.Milestone;
import dev.opscharter.domain.collaboration.MilestoneId;
import dev.opscharter.domain.collaboration.ProjectKind;
import dev.opscharter.domain.collaboration.ProjectStatus;
import dev.opscharter.domain.collaboration.Responsibility;
import dev.opscharter.domain.organization.DepartmentCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link CrossDepartmentProjects} in {@code cross_department_project}, optimistic locking on {@code version}. The
 * departments' parts are rewritten with each save (a new part replaces the old); milestones are only ever added and
 * marked done, so they are written by id and keep the rows the escalation log refers to. Pages, counts and the
 * running projects are cut in SQL.
 */
@Component
class JdbcCrossDepartmentProjects implements CrossDepartmentProjects {

    private static final String ENTITY = "CrossDepartmentProject";
    private static final String COLUMNS = """
            id, kind, name, goal, starts_on, status, created_by, created_at, version""";
    private static final String LATEST_FIRST = "starts_on desc, id";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcCrossDepartmentProjects(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public CrossDepartmentProject save(CrossDepartmentProject project) {
        return Objects.requireNonNull(transaction.execute(status -> Saves.translated(ENTITY, project.id(), Map.of(),
                () -> {
                    var statement = project.version() == 0
                            ? jdbc.sql("insert into cross_department_project (" + COLUMNS + ") values (:id, :kind,"
                            + " :name, :goal, :startsOn, :status, :createdBy, :createdAt, 1)")
                            : jdbc.sql("""
                            update cross_department_project set name = :name, goal = :goal, starts_on = :startsOn,
                                status = :status, version = version + 1
                            where id = :id and version = :version""").param("version", project.version());
                    Rows.wrote(statement.param("id", project.id().value()).param("kind", project.kind().name())
                            .param("name", project.name()).param("goal", project.goal())
                            .param("startsOn", project.startsOn()).param("status", project.status().name())
                            .param("createdBy", project.createdBy())
                            .param("createdAt", Timestamps.stored(project.createdAt()))
                            .update(), ENTITY, project.id());
                    writeParts(project);
                    return project.withVersion(project.version() + 1);
                })));
    }

    private void writeParts(CrossDepartmentProject project) {
        var id = project.id().value();
        jdbc.sql("delete from project_responsibility where project_id = :id").param("id", id).update();
        var parts = project.responsibilities();
        for (int position = 0; position < parts.size(); position++) {
            jdbc.sql("""
                            insert into project_responsibility (project_id, position, department, duty)
                            values (:id, :position, :department, :duty)""")
                    .param("id", id).param("position", position)
                    .param("department", parts.get(position).department().value())
                    .param("duty", parts.get(position).duty()).update();
        }
        var milestones = project.milestones();
        for (int position = 0; position < milestones.size(); position++) {
            var milestone = milestones.get(position);
            jdbc.sql("""
                            insert into project_milestone (id, project_id, position, title, owner, due_on, done_on)
                            values (:milestone, :id, :position, :title, :owner, :dueOn, :doneOn)
                            on conflict (id) do update set position = excluded.position, done_on = excluded.done_on""")
                    .param("milestone", milestone.id().value()).param("id", id).param("position", position)
                    .param("title", milestone.title()).param("owner", milestone.owner().value())
                    .param("dueOn", milestone.dueOn()).param("doneOn", milestone.doneOn().orElse(null), Types.DATE)
                    .update();
        }
    }

    @Override
    public Optional<CrossDepartmentProject> byId(CrossDepartmentProjectId id) {
        return withParts(jdbc.sql("select " + COLUMNS + " from cross_department_project where id = :id")
                .param("id", id.value()).query(JdbcCrossDepartmentProjects::header).list()).stream().findFirst();
    }

    @Override
    public List<CrossDepartmentProject> page(PageRequest page) {
        return withParts(jdbc.sql("select " + COLUMNS + " from cross_department_project"
                        + SqlPage.orderAndLimit(page, Map.of(), LATEST_FIRST))
                .param("limit", page.limit()).param("offset", page.offset())
                .query(JdbcCrossDepartmentProjects::header).list());
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from cross_department_project").query(Long.class).single();
    }

    @Override
    public List<CrossDepartmentProject> active() {
        return withParts(jdbc.sql("select " + COLUMNS + " from cross_department_project where status = 'ACTIVE'"
                + " order by " + LATEST_FIRST).query(JdbcCrossDepartmentProjects::header).list());
    }

    /** The project as its row holds it, without parts and milestones yet. */
    private static CrossDepartmentProject header(ResultSet rs, int row) throws SQLException {
        return new CrossDepartmentProject(new CrossDepartmentProjectId(rs.getObject("id", UUID.class)),
                ProjectKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("goal"),
                rs.getObject("starts_on", LocalDate.class), List.of(), List.of(),
                ProjectStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                Objects.requireNonNull(Timestamps.read(rs, "created_at")), rs.getLong("version"));
    }

    /** The projects with their parts and milestones, in the order given; a page's read at once. */
    private List<CrossDepartmentProject> withParts(List<CrossDepartmentProject> headers) {
        if (headers.isEmpty()) {
            return headers;
        }
        var ids = headers.stream().map(project -> project.id().value()).toList();
        var parts = Rows.byRecord(jdbc.sql("""
                        select project_id, department, duty from project_responsibility
                        where project_id in (:ids) order by project_id, position""")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getObject("project_id", UUID.class), new Responsibility(
                        new DepartmentCode(rs.getString("department")), rs.getString("duty"))))
                .list());
        var milestones = Rows.byRecord(jdbc.sql("""
                        select project_id, id, title, owner, due_on, done_on from project_milestone
                        where project_id in (:ids) order by project_id, position""")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getObject("project_id", UUID.class), new Milestone(
                        new MilestoneId(rs.getObject("id", UUID.class)), rs.getString("title"),
                        new DepartmentCode(rs.getString("owner")), rs.getObject("due_on", LocalDate.class),
                        Optional.ofNullable(rs.getObject("done_on", LocalDate.class)))))
                .list());
        return headers.stream().map(p -> new CrossDepartmentProject(p.id(), p.kind(), p.name(), p.goal(),
                p.startsOn(), parts.getOrDefault(p.id().value(), List.of()),
                milestones.getOrDefault(p.id().value(), List.of()), p.status(), p.createdBy(), p.createdAt(),
                p.version())).toList();
    }
}
