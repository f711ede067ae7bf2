package dev.opscharter.bootstrap.fault;

import dev.opscharter.adapters.persistence.testing.TestDatabase;
import dev.opscharter.application.shared.RunHeartbeat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault test of issue 11 §2: the real application runs as a child JVM (the test classpath, main
 * {@code OpsCharterApplication}) against a database this test owns, so that killing the child
 * ({@code kill -9}) leaves the database running, as a crash of the application would. The child is
 * driven by {@link FaultCommand}. The test waits for conditions in the database, never for a time:
 * <ol>
 *     <li>an import of a large file is killed mid-way: nothing of it is stored, and the next start
 *     marks its run FAILED (interrupted); the file then imports;</li>
 *     <li>a check is killed mid-run, right after a run of it completed: that run's results stay
 *     current, and the next start marks the check FAILED (interrupted, audited) and runs it again to
 *     DONE, leaving no half-written run.</li>
 * </ol>
 */
class CrashRecoveryIT {

    static final int CASES = 300_000;
    /** Every third case has its work done by the wrong role. */
    static final int DEVIATING = CASES / 3;
    static final String QUARTER = "2026-Q2";
    /** The stored events: a case's events are kept in its row (V11). */
    static final String EVENTS = "select coalesce(sum(cardinality(steps)), 0) from execution_case";
    static final Duration START_AND_WORK = Duration.ofSeconds(150);

    @TempDir
    Path temp;

    private final List<Process> children = new ArrayList<>();
    private TestDatabase.Coordinates database;

    @AfterEach
    void killTheChildren() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    void an_import_and_a_check_killed_mid_run_are_marked_failed_at_the_next_start_and_run_again() throws Exception {
        database = TestDatabase.freshDatabase("crash_recovery");
        var csv = bigFile();

        // 1. an import killed mid-way
        var first = start("manual;import:" + csv);
        await("the import runs and has beaten its heart once", first,
                () -> count("select count(*) from execution_import_run where state = 'RUNNING'"
                        + " and heartbeat_at > started_at") == 1);
        kill(first);
        assertThat(count(EVENTS)).as("no half import").isZero();
        assertThat(count("select count(*) from execution_case")).isZero();
        assertThat(count("select count(*) from execution_import_run where state = 'RUNNING'")).isEqualTo(1);

        // 2. the next start marks it interrupted and imports the file; a check of the quarter completes, and
        //    the run after it is killed mid-run
        var second = start("import:" + csv + ";check:" + QUARTER + ";check:" + QUARTER);
        await("a check of the quarter completed and the next one runs", second,
                () -> count("select count(*) from compliance_check where period_key = '" + QUARTER
                        + "' and state = 'RUNNING' and current_run_id is not null") == 1);
        kill(second);
        assertThat(text("select failure from execution_import_run order by started_at limit 1"))
                .isEqualTo(RunHeartbeat.INTERRUPTED);
        assertThat(text("select state || ' ' || received from execution_import_run order by started_at desc limit 1"))
                .isEqualTo("DONE " + 3L * CASES);
        assertThat(count(EVENTS)).isEqualTo(3L * CASES);
        assertThat(text("select state from compliance_check where period_key = '" + QUARTER + "'"))
                .as("killed mid-run").isEqualTo("RUNNING");
        var results = results();
        assertThat(results.evaluated()).as("the completed run's results stand").isEqualTo(CASES);
        assertThat(results.compliant()).isEqualTo(CASES - DEVIATING);
        assertThat(results.chunks()).isPositive();
        assertThat(count("select count(*) from compliance_check_case_chunk k join compliance_check c"
                + " on c.period_key = '" + QUARTER + "' where k.run_id <> c.current_run_id"))
                .as("nothing of the killed run").isZero();

        // 3. the next start marks the check interrupted (audited) and runs it again to DONE
        var third = start("check:" + QUARTER);
        await("the check completes again", third,
                () -> text("select state || ' ' || (current_run_id <> '" + results.run() + "') from compliance_check"
                        + " where period_key = '" + QUARTER + "'").equals("DONE true"));
        assertThat(count("select count(*) from audit_entry e join audit_change c on c.entry_id = e.id"
                + " where e.entity_type = 'ComplianceCheck' and c.field = 'failure' and c.after_value = '"
                + RunHeartbeat.INTERRUPTED + "'")).as("the interruption is audited").isEqualTo(1);
        var again = results();
        assertThat(again.evaluated()).isEqualTo(CASES);
        assertThat(again.compliant()).isEqualTo(CASES - DEVIATING);
        assertThat(count("select count(*) from compliance_check_run r join compliance_check c on c.id = r.check_id"
                + " where c.period_key = '" + QUARTER + "'")).as("one run, the current one").isEqualTo(1);
        kill(third);
    }

    /** The check's current run and its rate. */
    record Results(String run, long evaluated, long compliant, long chunks) {
    }

    private Results results() throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement();
             var rs = statement.executeQuery("""
                     select r.id, r.cases_evaluated, r.cases_compliant,
                            (select count(*) from compliance_check_case_chunk k where k.run_id = r.id)
                     from compliance_check c join compliance_check_run r on r.id = c.current_run_id
                     where c.period_key = '%s'""".formatted(QUARTER))) {
            assertThat(rs.next()).isTrue();
            return new Results(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    /**
     * {@value #CASES} cases of three events in the second quarter of 2026; every third one has its
     * work done by the wrong role, so the check has deviating cases to write.
     */
    private Path bigFile() throws IOException {
        var file = temp.resolve("big-" + UUID.randomUUID() + ".csv");
        var start = Instant.parse("2026-04-01T00:00:00Z");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("case_id,process_code,step_code,actor_role,occurred_at\n");
            for (int i = 0; i < CASES; i++) {
                var at = start.plusSeconds(i * 20L);
                var id = "F-" + i;
                out.write(id + "," + FaultCommand.PROCESS + ",OPEN,CLERK," + at + "\n");
                out.write(id + "," + FaultCommand.PROCESS + ",WORK," + (i % 3 == 0 ? "CLERK" : "AGENT") + ","
                        + at.plusSeconds(3600) + "\n");
                out.write(id + "," + FaultCommand.PROCESS + ",CLOSE,AGENT," + at.plusSeconds(7200) + "\n");
            }
        }
        return file;
    }

    private Process start(String command) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var log = temp.resolve("child-" + children.size() + ".log");
        var builder = new ProcessBuilder(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.opscharter.bootstrap.OpsCharterApplication",
                // the test classpath is large: Vaadin looks for routes in our packages only
                "--vaadin.allowed-packages=com.vaadin,dev.opscharter",
                "--server.port=0",
                "--opscharter.fault.command=" + command,
                "--opscharter.runs.heartbeat-every=1s",
                "--jobrunr.background-job-server.enabled=false",
                "--jobrunr.dashboard.enabled=false",
                "--opscharter.admin.password=Fault-Drill-2026!",
                "--opscharter.data-dir=" + temp.resolve("data"));
        builder.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        if (database.username() != null) {
            builder.environment().put("SPRING_DATASOURCE_USERNAME", database.username());
        }
        if (database.password() != null) {
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
        }
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        var child = builder.start();
        children.add(child);
        return child;
    }

    /** {@code kill -9}: no shutdown hook, no graceful close of connections or transactions. */
    private static void kill(Process child) throws InterruptedException {
        child.destroyForcibly();
        assertThat(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    private void await(String what, Process child, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + START_AND_WORK.toNanos();
        while (!condition.getAsBoolean()) {
            if (!child.isAlive()) {
                throw new AssertionError("the child stopped before " + what + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + START_AND_WORK + ": " + what + "\n" + tail());
            }
            // poll the database, not too hard: it is the database under test
            child.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    private String tail() throws IOException {
        var log = temp.resolve("child-" + (children.size() - 1) + ".log");
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private long count(String sql) {
        try (var connection = connect(); var statement = connection.createStatement();
             var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return beforeTheSchema(e, -1L);
        }
    }

    /** Before the child migrated the schema the tables are not there yet; any other error is one. */
    private static <T> T beforeTheSchema(SQLException e, T none) {
        if ("42P01".equals(e.getSQLState()) || "42703".equals(e.getSQLState())) {
            return none;
        }
        throw new IllegalStateException(e);
    }

    private String text(String sql) {
        try (var connection = connect(); var statement = connection.createStatement();
             var rs = statement.executeQuery(sql)) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "";
        } catch (SQLException e) {
            return beforeTheSchema(e, "");
        }
    }

    private Connection connect() throws SQLException {
        var properties = new Properties();
        if (database.username() != null) {
            properties.setProperty("user", database.username());
        }
        if (database.password() != null) {
            properties.setProperty("password", database.password());
        }
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }
}
