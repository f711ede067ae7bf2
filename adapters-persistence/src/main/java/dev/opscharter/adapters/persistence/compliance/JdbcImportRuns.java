package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.ImportRun;
import dev.opscharter.application.compliance.ImportState;
import dev.opscharter.application.compliance.port.out.ImportRuns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Import runs in {@code execution_import_run} (V14); their locks are advisory locks in namespace 14. */
@Component
class JdbcImportRuns implements ImportRuns {

    private static final int NAMESPACE = 14;
    private static final String COLUMNS = """
            select id, file_name, started_by, started_at, state, heartbeat_at, run_by_instance, finished_at, failure,
                   received, added, already_stored
            from execution_import_run
            """;

    private final JdbcClient jdbc;
    private final AdvisoryLocks locks;

    JdbcImportRuns(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.locks = new AdvisoryLocks(dataSource, NAMESPACE);
    }

    @Override
    public void begin(ImportRun run) {
        jdbc.sql("""
                        insert into execution_import_run (id, file_name, started_by, started_at, state, heartbeat_at,
                                                          run_by_instance)
                        values (:id, :file, :by, :at, 'RUNNING', :at, :instance)""")
                .param("id", run.id())
                .param("file", run.fileName())
                .param("by", run.startedBy())
                .param("at", utc(run.startedAt()))
                .param("instance", run.instance())
                .update();
    }

    @Override
    public void heartbeat(UUID run, Instant at) {
        jdbc.sql("update execution_import_run set heartbeat_at = :at where id = :id and state = 'RUNNING'")
                .param("id", run)
                .param("at", utc(at))
                .update();
    }

    @Override
    public void finish(UUID run, Instant at, long received, long added, long alreadyStored) {
        jdbc.sql("""
                        update execution_import_run
                        set state = 'DONE', finished_at = :at, received = :received, added = :added,
                            already_stored = :alreadyStored
                        where id = :id and state = 'RUNNING'""")
                .param("id", run)
                .param("at", utc(at))
                .param("received", received)
                .param("added", added)
                .param("alreadyStored", alreadyStored)
                .update();
    }

    @Override
    public boolean fail(UUID run, Instant at, String reason) {
        return jdbc.sql("""
                        update execution_import_run set state = 'FAILED', finished_at = :at, failure = :reason
                        where id = :id and state = 'RUNNING'""")
                .param("id", run)
                .param("at", utc(at))
                .param("reason", reason)
                .update() == 1;
    }

    @Override
    public List<ImportRun> running() {
        return jdbc.sql(COLUMNS + " where state = 'RUNNING'").query((rs, n) -> run(rs)).list();
    }

    @Override
    public List<ImportRun> newest(int limit) {
        return jdbc.sql(COLUMNS + " order by started_at desc, id limit :limit")
                .param("limit", limit)
                .query((rs, n) -> run(rs)).list();
    }

    @Override
    public Optional<Lease> tryLock(UUID run) {
        return locks.tryLock(run).map(release -> release::run);
    }

    private static ImportRun run(ResultSet rs) throws SQLException {
        return new ImportRun(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("started_by"),
                instant(rs, "started_at"), ImportState.valueOf(rs.getString("state")), instant(rs, "heartbeat_at"),
                rs.getString("run_by_instance"), Optional.ofNullable(nullableInstant(rs, "finished_at")),
                Optional.ofNullable(rs.getString("failure")), rs.getLong("received"), rs.getLong("added"),
                rs.getLong("already_stored"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = nullableInstant(rs, column);
        if (value == null) {
            throw new IllegalStateException(column + " is missing");
        }
        return value;
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
