package dev.opscharter.bootstrap.config;

import com.zaxxer.hikari.HikariDataSource;
import dev.opscharter.bootstrap.testing.TcpSockets;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        try (var cluster = start(); var dataSource = configuration.dataSource(cluster);
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

    /**
     * A client machine that vanishes sends no FIN: only TCP keepalives tell the server, so that the
     * backend ends and its advisory locks (a check's run) are released. A real network cut cannot be
     * made here; the settings, and the keepalive timer Linux armed on the server's socket, can be seen.
     */
    @Test
    void the_server_probes_its_clients_and_gives_up_on_a_vanished_one_within_two_minutes() throws Exception {
        try (var cluster = start(); var dataSource = configuration.dataSource(cluster);
             var connection = dataSource.getConnection()) {
            // over TCP, as the application connects (on the Unix socket these read 0)
            assertThat(pgSetting(connection, "tcp_keepalives_idle")).isEqualTo("60");
            assertThat(pgSetting(connection, "tcp_keepalives_interval")).isEqualTo("10");
            assertThat(pgSetting(connection, "tcp_keepalives_count")).isEqualTo("6");
            assertThat(pgSetting(connection, "tcp_user_timeout")).isEqualTo("120000");
            assumeTrue(TcpSockets.available(), "Linux's /proc/net/tcp shows the socket's timers");
            var server = TcpSockets.server(TcpSockets.Ends.of(connection));
            assertThat(server.timer()).isEqualTo(TcpSockets.KEEPALIVE);
            // Linux's default is 2 h before the first probe
            assertThat(server.due()).isLessThanOrEqualTo(Duration.ofSeconds(60));
        }
    }

    /**
     * Like Boot's own pool, the embedded one takes {@code spring.datasource.hikari.*} of application.properties.
     * The data directory is given as an argument: as a default property, application.properties' own would
     * win, and the test would start PostgreSQL on the developer's data in ~/.opscharter.
     */
    @Test
    void the_embedded_pool_takes_the_applications_pool_settings_and_probes_its_connections() throws Exception {
        try (var context = application(EmbeddedDatabaseConfiguration.class, "--opscharter.data-dir=" + home);
             var connection = context.getBean(HikariDataSource.class).getConnection()) {
            assertThat(context.getBean(OpsCharterProperties.class).dataDir()).isEqualTo(home);
            var pool = context.getBean(HikariDataSource.class);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(16);
            assertThat(pool.getMinimumIdle()).isEqualTo(2);
            assertThat(pool.getDataSourceProperties()).containsEntry("tcpKeepAlive", "true");
            assumeTrue(TcpSockets.available(), "Linux's /proc/net/tcp shows the socket's timers");
            assertThat(TcpSockets.client(TcpSockets.Ends.of(connection)).timer()).isEqualTo(TcpSockets.KEEPALIVE);
        }
    }

    /** Without a data directory given, the database lives in ~/.opscharter: resolved, not started there. */
    @Test
    void the_data_directory_is_opscharter_in_the_users_home_unless_given() {
        assumeTrue(System.getenv("OPSCHARTER_DATADIR") == null && System.getProperty("opscharter.data-dir") == null,
                "this machine names a data directory of its own");
        try (var context = application(Settings.class)) {
            assertThat(context.getBean(OpsCharterProperties.class).dataDir())
                    .isEqualTo(Path.of(System.getProperty("user.home"), ".opscharter"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OpsCharterProperties.class)
    static class Settings {
    }

    /** {@code configuration} with the application's settings, and no log file in the data directory. */
    private static ConfigurableApplicationContext application(Class<?> configuration, String... arguments) {
        var all = Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = "--logging.file.name=";
        return new SpringApplicationBuilder(configuration, Settings.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).run(all);
    }

    @Test
    void every_connection_needs_its_password_and_only_the_owner_reaches_the_files() throws Exception {
        try (var cluster = start(); var dataSource = configuration.dataSource(cluster);
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
        return configuration.embeddedCluster(new OpsCharterProperties(home, false, null, null, null));
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

    /** The setting in its base unit (seconds, milliseconds), as configured. */
    private static String pgSetting(Connection connection, String name) throws SQLException {
        try (var query = connection.prepareStatement("select setting from pg_settings where name = ?")) {
            query.setString(1, name);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
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
