package dev.opscharter.bootstrap.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault injection on the real application in a child JVM with its embedded database: every change
 * the application confirmed before a {@code kill -9} is there after the restart, and the restart
 * needs no help — neither after a kill of the application alone (its postmaster lives on, orphaned,
 * holding the data directory) nor after a kill of the application and of every database process
 * (WAL not yet flushed would be lost: with {@code synchronous_commit=off} it was).
 */
class DatabaseSurvivesKillIT {

    // ~10 s on a quiet machine; minutes on a 2-core machine busy with other builds
    private static final Duration START = Duration.ofMinutes(4);
    private static final int CONFIRMED_BEFORE_KILL = 100;

    @TempDir
    Path home;

    @AfterEach
    void stop_any_postmaster_left_behind() {
        OrphanPostmaster.release(home.resolve("pgdata"));
    }

    @Test
    void every_confirmed_change_survives_kill_9_of_the_application_and_then_of_its_database_too() throws Exception {
        var confirmed = new HashSet<String>();

        try (var child = ChildApplication.start(home, home.resolve("child-1.log"))) {
            child.awaitHealthy(START);
            child.write();
            child.awaitConfirmed(CONFIRMED_BEFORE_KILL, START);
            child.kill();
            confirmed.addAll(child.confirmed());
        }
        var orphan = postmaster();
        assertThat(orphan.isAlive()).as("the killed application's postmaster lives on").isTrue();

        try (var child = ChildApplication.start(home, home.resolve("child-2.log"))) {
            child.awaitHealthy(START);
            assertThat(orphan.isAlive()).as("the orphaned postmaster was stopped").isFalse();
            assertThat(stored()).containsAll(confirmed);

            child.write();
            child.awaitConfirmed(CONFIRMED_BEFORE_KILL, START);
            var postmaster = postmaster();
            // every database process at once while the application still writes, as when the machine's
            // processes are killed: what sat in PostgreSQL's memory only (WAL of an asynchronous commit) is gone
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            child.kill();
            confirmed.addAll(child.confirmed());
        }
        assertThat(Files.exists(home.resolve("pgdata/postmaster.pid"))).as("left behind by the kill").isTrue();

        try (var child = ChildApplication.start(home, home.resolve("child-3.log"))) {
            child.awaitHealthy(START);
            assertThat(confirmed).hasSizeGreaterThanOrEqualTo(2 * CONFIRMED_BEFORE_KILL);
            assertThat(stored()).containsAll(confirmed);
        }
    }

    private ProcessHandle postmaster() throws Exception {
        var pid = Long.parseLong(Files.readAllLines(home.resolve("pgdata/postmaster.pid")).getFirst().trim());
        return ProcessHandle.of(pid).orElseThrow();
    }

    /** The fault test's audit entries, read as the owner on the port the running postmaster announced. */
    private Set<String> stored() throws Exception {
        var port = Files.readAllLines(home.resolve("pgdata/postmaster.pid")).get(3).trim();
        var credentials = new Properties();
        credentials.load(new StringReader(Files.readString(home.resolve("pgdata.credentials"))));
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL("jdbc:postgresql://localhost:" + port + "/" + EmbeddedCluster.DATABASE);
        dataSource.setUser(EmbeddedCluster.OWNER);
        dataSource.setPassword(credentials.getProperty("owner.password"));
        var stored = new HashSet<String>();
        try (var connection = dataSource.getConnection();
             var result = connection.createStatement()
                     .executeQuery("select entity_id from audit_entry where entity_type = 'FAULT_TEST'")) {
            while (result.next()) {
                stored.add(result.getString(1));
            }
        }
        return stored;
    }
}
