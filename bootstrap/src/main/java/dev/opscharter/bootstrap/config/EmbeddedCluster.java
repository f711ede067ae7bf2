package dev.opscharter.bootstrap.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * OpsCharter's own PostgreSQL 17 (zonky's binaries) on {@code <data-dir>/pgdata}, set up the way an
 * auditor expects a database holding compliance records to be:
 * <ul>
 *     <li>durable: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on (zonky
 *     starts the postmaster with {@code -F} and {@code synchronous_commit=off}; the settings given
 *     here come later on its command line and win), so a confirmed change survives a crash;</li>
 *     <li>closed: TCP on localhost only, the Unix socket inside the 0700 data directory with 0700
 *     permissions, {@code scram-sha-256} passwords for every connection (no {@code trust}), the
 *     generated passwords in a 0600 file beside the data directory;</li>
 *     <li>two roles: the superuser {@value #OWNER} owns the schema and runs the migrations, the
 *     application connects as {@value #APPLICATION_ROLE}, which owns nothing (its privileges are
 *     granted after each migration, see {@code ApplicationRolePrivileges});</li>
 *     <li>self-recovering: an orphaned postmaster of a killed predecessor is stopped, or its stale
 *     {@code postmaster.pid} removed, before the start ({@link OrphanPostmaster});</li>
 *     <li>rid of dead clients: TCP keepalives and a user timeout close the connection of a client
 *     machine that vanished within about 2 minutes, releasing its advisory locks.</li>
 * </ul>
 * A data directory from before (trust authentication, no passwords) is converted at its first start.
 */
final class EmbeddedCluster implements Closeable {

    static final String DATABASE = "opscharter";
    static final String OWNER = "postgres";
    static final String APPLICATION_ROLE = "opscharter_app";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCluster.class);
    private static final String HBA_HEADER = "# OpsCharter: passwords (scram-sha-256) only, on localhost and the private socket";
    private static final String HBA = HBA_HEADER + """

            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;
    /** Seconds of silence before the server probes a client (see the README, running several instances). */
    static final int TCP_KEEPALIVES_IDLE = 60;
    /** Seconds between probes, and how many go unanswered before the connection counts as dead. */
    static final int TCP_KEEPALIVES_INTERVAL = 10;
    static final int TCP_KEEPALIVES_COUNT = 6;
    /** Milliseconds sent data may stay unacknowledged before the server drops the connection. */
    static final int TCP_USER_TIMEOUT_MS = 120_000;
    /** A Unix socket path is limited to 107 bytes; postgres adds "/.s.PGSQL.65535.lock". */
    private static final int SOCKET_DIRECTORY_MAX = 80;
    /** The option string passes through pg_ctl's shell: only plain paths go into it. */
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9/._-]+");

    private final EmbeddedPostgres postgres;
    private final EmbeddedDatabaseCredentials credentials;

    private EmbeddedCluster(EmbeddedPostgres postgres, EmbeddedDatabaseCredentials credentials) {
        this.postgres = postgres;
        this.credentials = credentials;
    }

    static EmbeddedCluster start(Path dataDir) throws IOException {
        var home = PrivateFiles.directory(dataDir.toAbsolutePath());
        var data = home.resolve("pgdata");
        OrphanPostmaster.release(data);
        boolean initialized = Files.exists(data.resolve("PG_VERSION"));
        boolean passwordsSet = initialized && Files.exists(data.resolve("pg_hba.conf"))
                && Files.readString(data.resolve("pg_hba.conf")).startsWith(HBA_HEADER);
        var credentials = EmbeddedDatabaseCredentials.loadOrCreate(home.resolve("pgdata.credentials"));
        LOG.info("No datasource configured: starting the embedded PostgreSQL with its data in {}", data);

        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                // Spring closes it after the beans that use it (JobRunr, the pool); a JVM hook would race them
                .setRegisterShutdownHook(false)
                // crash recovery replays the WAL written since the last checkpoint (up to max_wal_size):
                // far longer than zonky's default 10 s after a crash in the middle of a big import
                .setPGStartupWait(Duration.ofMinutes(10))
                .setConnectConfig("password", credentials.ownerPassword())
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", socketDirectory(data))
                .setServerConfig("unix_socket_permissions", "0700")
                .setServerConfig("password_encryption", "scram-sha-256")
                // the defaults suit a laptop; a quarter's execution records are read by index ranges of
                // hundreds of MB, and an import writes them in one transaction
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                // a client machine that vanished (power off, network cut: no FIN, no RST) would keep its
                // backend, and a run's advisory lock with it, until TCP gives up, ~2 h by default: probe
                // an idle connection after 60 s, every 10 s, 6 times; drop one whose sent data stays
                // unacknowledged for 2 min. A dead client's locks are then free within about 2 minutes.
                .setServerConfig("tcp_keepalives_idle", Integer.toString(TCP_KEEPALIVES_IDLE))
                .setServerConfig("tcp_keepalives_interval", Integer.toString(TCP_KEEPALIVES_INTERVAL))
                .setServerConfig("tcp_keepalives_count", Integer.toString(TCP_KEEPALIVES_COUNT))
                .setServerConfig("tcp_user_timeout", Integer.toString(TCP_USER_TIMEOUT_MS));
        Path passwordFile = null;
        if (!initialized) {
            // zonky runs initdb with "-A trust" and appends these, which win: no moment without passwords
            passwordFile = Files.createTempFile(home, ".initdb", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwordFile, credentials.ownerPassword() + "\n");
            builder.setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("pwfile", passwordFile.toString());
        }
        boolean closedBeforeStart = !initialized || passwordsSet;
        builder.setDataDirectoryCustomizer(directory -> {
            if (closedBeforeStart) {
                writeHba(directory.toPath());
            }
        });
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        var cluster = new EmbeddedCluster(postgres, credentials);
        try {
            cluster.prepare(!closedBeforeStart, data);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        LOG.info("Embedded PostgreSQL is listening on localhost:{}", postgres.getPort());
        return cluster;
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    EmbeddedDatabaseCredentials credentials() {
        return credentials;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * Sets the passwords (a data directory from before had none), creates the application role and
     * the database, and closes a data directory from before to password authentication.
     */
    private void prepare(boolean convertFromTrust, Path data) {
        try (var connection = postgres.getPostgresDatabase().getConnection()) {
            try (var statement = connection.createStatement()) {
                statement.execute("set log_statement = 'none'");
                statement.execute("alter role " + OWNER + " password '" + credentials.ownerPassword() + "'");
            }
            ensureApplicationRole(connection);
            createDatabaseIfMissing(connection);
            if (convertFromTrust) {
                writeHba(data);
                try (var statement = connection.createStatement()) {
                    statement.execute("select pg_reload_conf()");
                }
                LOG.info("The embedded PostgreSQL now asks every connection for a password");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the embedded database", e);
        }
    }

    private void ensureApplicationRole(Connection connection) throws SQLException {
        boolean exists;
        try (var query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            query.setString(1, APPLICATION_ROLE);
            try (var result = query.executeQuery()) {
                exists = result.next();
            }
        }
        // owns nothing, creates nothing, bypasses nothing: what it may do is granted table by table
        var attributes = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                + credentials.applicationPassword() + "'";
        try (var statement = connection.createStatement()) {
            statement.execute((exists ? "alter role " : "create role ") + APPLICATION_ROLE + " with" + attributes);
        }
    }

    private static void createDatabaseIfMissing(Connection connection) throws SQLException {
        try (var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        }
    }

    private static void writeHba(Path data) {
        try {
            var file = data.resolve("pg_hba.conf");
            Files.writeString(file, HBA);
            PrivateFiles.restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write pg_hba.conf", e);
        }
    }

    /** The data directory itself (0700) when its path fits a socket address and the shell; else no socket. */
    static String socketDirectory(Path data) {
        var path = data.toString();
        return path.length() <= SOCKET_DIRECTORY_MAX && PLAIN_PATH.matcher(path).matches() ? path : "''";
    }
}
