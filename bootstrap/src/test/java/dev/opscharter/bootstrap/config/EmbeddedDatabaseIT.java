package dev.opscharter.bootstrap.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default database of the run command: real PostgreSQL 17, durable, closed, and restartable after a crash. */
class EmbeddedDatabaseIT {

    @TempDir
    Path home;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void data_written_before_a_restart_is_there_after_it() throws Exception {
        try (var cluster = start(); var connection = owner(cluster).getConnection();
             var statement = connection.createStatement()) {
            assertThat(connection.getMetaData().getDatabaseProductVersion()).startsWith("17.");
            assertThat(connection.getCatalog()).isEqualTo("opscharter");
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('survives restarts')");
        }
        assertThat(Files.exists(home.resolve("pgdata").resolve("PG_VERSION"))).isTrue();

        try (var cluster = start(); var connection = owner(cluster).getConnection();
             var result = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("survives restarts");
        }
    }

    @Test
    void the_application_database_is_durable() throws Exception {
        try (var cluster = start(); var dataSource = (HikariDataSource) configuration.dataSource(cluster);
             var connection = dataSource.getConnection()) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");

            // zonky passes -F (fsync off); the settings given later on the command line win
            var arguments = postmaster().info().arguments().map(List::of).orElseThrow();
            assertThat(arguments).contains("-F");
            assertThat(arguments.subList(arguments.indexOf("-F"), arguments.size()))
                    .contains("fsync=on", "synchronous_commit=on", "full_page_writes=on");
        }
    }

    @Test
    void every_connection_needs_its_password_and_only_the_owner_reaches_the_files() throws Exception {
        try (var cluster = start(); var dataSource = (HikariDataSource) configuration.dataSource(cluster);
             var connection = dataSource.getConnection()) {
            assertThat(single(connection, "select current_user")).isEqualTo(EmbeddedCluster.APPLICATION_ROLE);
            assertThat(setting(connection, "listen_addresses")).isEqualTo("localhost");
            assertThat(setting(connection, "unix_socket_permissions")).isEqualTo("0700");
            try (var asOwner = owner(cluster).getConnection()) {
                assertThat(setting(asOwner, "unix_socket_directories")).isEqualTo(home.resolve("pgdata").toString());
            }

            assertThatThrownBy(() -> connect(cluster, EmbeddedCluster.OWNER, null).close())
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(cluster, EmbeddedCluster.OWNER, "wrong").close())
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> connect(cluster, EmbeddedCluster.APPLICATION_ROLE, "wrong").close())
                    .hasMessageContaining("password authentication failed");

            var hba = Files.readAllLines(home.resolve("pgdata/pg_hba.conf")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            assertThat(hba).isNotEmpty().allMatch(line -> line.endsWith("scram-sha-256"));
            assertThat(permissions(home.resolve("pgdata"))).isEqualTo("rwx------");
            assertThat(permissions(home)).isEqualTo("rwx------");
            assertThat(permissions(home.resolve("pgdata.credentials"))).isEqualTo("rw-------");
            assertThat(Files.readString(home.resolve("pgdata.credentials")))
                    .contains(cluster.credentials().applicationPassword());
        }
    }

    @Test
    void a_data_directory_from_before_trusting_every_local_connection_gets_passwords_at_its_next_start()
            throws Exception {
        // how the embedded database was set up until now: initdb -A trust, no password
        try (var before = EmbeddedPostgres.builder().setDataDirectory(home.resolve("pgdata"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             var connection = before.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database opscharter");
        }

        try (var cluster = start()) {
            assertThatThrownBy(() -> connect(cluster, EmbeddedCluster.OWNER, null).close())
                    .hasMessageContaining("password");
            try (var connection = owner(cluster).getConnection()) {
                assertThat(single(connection, "select current_user")).isEqualTo(EmbeddedCluster.OWNER);
            }
        }
    }

    @Test
    void a_stale_postmaster_pid_naming_another_process_is_removed_and_that_process_left_alone() throws Exception {
        try (var cluster = start()) {
            assertThat(cluster.port()).isPositive();
        }
        // a crash left the file behind, and its PID now belongs to another process: this test's JVM
        var pidFile = home.resolve("pgdata/postmaster.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + home.resolve("pgdata") + "\n");

        try (var cluster = start(); var connection = owner(cluster).getConnection()) {
            assertThat(single(connection, "select 1")).isEqualTo("1");
            assertThat(postmaster().pid()).isNotEqualTo(ProcessHandle.current().pid());
        }
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    private EmbeddedCluster start() throws Exception {
        return configuration.embeddedCluster(new OpsCharterProperties(home, false, null, null));
    }

    private ProcessHandle postmaster() throws Exception {
        var pid = Long.parseLong(Files.readAllLines(home.resolve("pgdata/postmaster.pid")).getFirst());
        return ProcessHandle.of(pid).orElseThrow();
    }

    private static PGSimpleDataSource owner(EmbeddedCluster cluster) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(cluster.jdbcUrl());
        dataSource.setUser(EmbeddedCluster.OWNER);
        dataSource.setPassword(cluster.credentials().ownerPassword());
        return dataSource;
    }

    private static Connection connect(EmbeddedCluster cluster, String user, String password) throws SQLException {
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(cluster.jdbcUrl());
        dataSource.setUser(user);
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource.getConnection();
    }

    private static String setting(Connection connection, String name) throws SQLException {
        return single(connection, "show " + name);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
