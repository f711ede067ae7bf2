package dev.opscharter.adapters.persistence;

import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives the role the application connects as exactly what it needs, after every migration and as
 * the owner that ran it (Flyway's connection): the migrations own the tables, the application only
 * reads and writes rows. It may SELECT, INSERT, UPDATE and DELETE in every table of the schema,
 * except the append-only ones ({@link #APPEND_ONLY}), where it may only SELECT and INSERT; it uses
 * the sequences; it may VACUUM/ANALYZE the tables an import settles (PostgreSQL 17's MAINTAIN).
 * It owns nothing, so it can neither alter, drop nor truncate a table, nor disable a trigger.
 * Default privileges grant the same on tables the owner creates later (JobRunr's), and since this
 * runs after every migrate, the role a deployment names is granted whatever it is called.
 *
 * <p>When the application connects as the owner itself (one role for everything), nothing is
 * granted and a warning says the records are then protected by their triggers alone.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after the callbacks that create tables (JobRunr's)
public class ApplicationRolePrivileges extends AfterMigrate {

    /**
     * Rows that are never changed once written: the audit trail, the kept inspection reports, survey
     * responses and the guards of the invitations answered, the revisions of targets, the weekly reports written,
     * the risks' re-ratings, the major complaints recorded, the training plans' courses.
     */
    public static final Set<String> APPEND_ONLY = Set.of("audit_entry", "audit_change", "compliance_check_report",
            "survey_response", "survey_response_answer", "survey_submission", "survey_guard_key", "target_revision",
            "target_weekly_report", "risk_rerating", "major_complaint", "training_course");
    /** Tables the application vacuums and analyzes itself after an import. */
    static final Set<String> MAINTAINED = Set.of("execution_case");

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationRolePrivileges.class);
    private static final int MAINTAIN_SINCE = 170_000;

    private final DataSource application;

    ApplicationRolePrivileges(DataSource application) {
        super("application role privileges", true);
        this.application = application;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            var owner = context.getConnection();
            var ownerRole = single(owner, "select current_user");
            var appRole = applicationRole();
            if (appRole.equals(ownerRole)) {
                LOG.warn("OpsCharter connects as {}, the owner of its tables: the audit trail and the kept "
                        + "reports are protected by their triggers only. Connect as a role of its own "
                        + "(README, \"Database roles\").", ownerRole);
                return;
            }
            if (Boolean.parseBoolean(single(owner, "select rolsuper::text from pg_roles where rolname = '"
                    + appRole.replace("'", "''") + "'"))) {
                LOG.warn("OpsCharter connects as {}, a superuser: no privilege protects its records.", appRole);
            }
            var statements = grants(owner, quoted(appRole), context.getConfiguration().getTable());
            try (var statement = owner.createStatement()) {
                for (var sql : statements) {
                    statement.execute(sql);
                }
            }
            LOG.info("Granted the application role {} its privileges ({} statements)", appRole, statements.size());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant the application role its privileges", e);
        }
    }

    private String applicationRole() throws SQLException {
        try (var connection = application.getConnection()) {
            return single(connection, "select current_user");
        }
    }

    private static List<String> grants(Connection owner, String app, String historyTable) throws SQLException {
        var schema = quoted(single(owner, "select current_schema()"));
        var statements = new ArrayList<String>();
        statements.add("grant usage on schema " + schema + " to " + app);
        boolean maintain = Integer.parseInt(single(owner, "show server_version_num")) >= MAINTAIN_SINCE;
        try (var statement = owner.createStatement();
             var tables = statement.executeQuery("""
                     select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm', 'S')
                       and pg_has_role(c.relowner, 'USAGE') order by c.relname""")) {
            while (tables.next()) {
                var name = tables.getString(1);
                var table = schema + "." + quoted(name);
                if ("S".equals(tables.getString(2))) {
                    statements.add("grant usage, select on sequence " + table + " to " + app);
                } else if (name.equals(historyTable)) {
                    statements.add("revoke all on " + table + " from " + app);
                } else if (APPEND_ONLY.contains(name)) {
                    statements.add("revoke update, delete, truncate, references, trigger on " + table + " from " + app);
                    statements.add("grant select, insert on " + table + " to " + app);
                } else {
                    statements.add("grant select, insert, update, delete on " + table + " to " + app);
                    if (maintain && MAINTAINED.contains(name)) {
                        statements.add("grant maintain on " + table + " to " + app);
                    }
                }
            }
        }
        statements.add("alter default privileges in schema " + schema
                + " grant select, insert, update, delete on tables to " + app);
        statements.add("alter default privileges in schema " + schema + " grant usage, select on sequences to " + app);
        return statements;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new SQLException("no row from " + sql);
            }
            return result.getString(1);
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
