import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The driver of {@code two-instances.sh}: the database steps and the failover scenario, as a
 * multi-file source program (with {@link Browsers} beside it) on the bootstrap module's test
 * classpath (PostgreSQL's JDBC driver, Playwright). Settings come from the environment the script
 * exports: {@code PG_PORT}, {@code PG_SUPERUSER_PASSWORD}, {@code OWNER_ROLE}/{@code OWNER_PASSWORD},
 * {@code APP_ROLE}/{@code APP_PASSWORD}, {@code DB_NAME}.
 *
 * <ul>
 *   <li>{@code roles}: as the cluster's superuser, the owner role (owns the database and its schema:
 *       Flyway migrates as it) and the application role (may only connect; the application grants
 *       it its rows after every migration), and the database.</li>
 *   <li>{@code load <events>}: as the owner, copies the cases of the demo's checked quarter until
 *       the quarter holds about that many events, so that its check runs long enough to be killed.</li>
 *   <li>{@code scenario <base url> <pid A> <pid B>}: see {@link Scenario}.</li>
 * </ul>
 */
final class TwoInstances {

    static final String ENV_DB = "DB_NAME";

    private TwoInstances() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "roles" -> roles();
            case "load" -> load(Long.parseLong(args[1]));
            case "scenario" -> System.exit(new Scenario(args[1], Long.parseLong(args[2]), Long.parseLong(args[3]))
                    .run() ? 0 : 1);
            default -> throw new IllegalArgumentException("usage: roles | load <events> | scenario <url> <pidA> <pidB>");
        }
    }

    static String env(String name) {
        var value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }

    static Connection connect(String database, String role, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + env("PG_PORT") + "/" + database,
                role, password);
    }

    /** As the owner of the application's database (the synthetic load and the verification read it all). */
    static Connection owner() throws SQLException {
        return connect(env(ENV_DB), env("OWNER_ROLE"), env("OWNER_PASSWORD"));
    }

    private static void roles() throws SQLException {
        var owner = env("OWNER_ROLE");
        var app = env("APP_ROLE");
        var db = env(ENV_DB);
        try (var c = connect("postgres", "postgres", env("PG_SUPERUSER_PASSWORD")); var s = c.createStatement()) {
            // the owner creates and alters the schema's objects, nothing else on the cluster
            s.execute("create role " + owner + " login nosuperuser nocreatedb nocreaterole password '"
                    + env("OWNER_PASSWORD").replace("'", "''") + "'");
            // the application: rows only, granted by the application itself after each migration
            s.execute("create role " + app + " login nosuperuser nocreatedb nocreaterole nobypassrls password '"
                    + env("APP_PASSWORD").replace("'", "''") + "'");
            s.execute("create database " + db + " owner " + owner + " encoding 'UTF8' template template0");
            s.execute("revoke all on database " + db + " from public");
            // temporary: the imports stage their rows in temporary tables
            s.execute("grant connect, temporary on database " + db + " to " + app);
        }
        // PostgreSQL 15+: schema public belongs to the database's owner, and PUBLIC may not create in it
        try (var c = connect(db, "postgres", env("PG_SUPERUSER_PASSWORD")); var s = c.createStatement()) {
            s.execute("revoke create on schema public from public");
        }
        System.out.printf("roles: %s owns database %s; %s may connect%n", owner, db, app);
    }

    /** The demo's checked quarter (the one check it seeded), as its period key and time bounds. */
    record Quarter(String key, String timeZone) {

        static Quarter demo(Connection c) throws SQLException {
            try (var s = c.createStatement();
                 var r = s.executeQuery("""
                         select k.period_key, o.time_zone from compliance_check k, organization_settings o
                         where k.period_key like '____-Q_' order by k.created_at limit 1""")) {
                if (!r.next()) {
                    throw new IllegalStateException("no quarterly check: did the demo profile seed its data?");
                }
                return new Quarter(r.getString(1), r.getString(2));
            }
        }

        /** SQL condition on execution_case's first event: in this quarter, in the organization's zone. */
        String casesIn() {
            int year = Integer.parseInt(key.substring(0, 4));
            int quarter = key.charAt(6) - '0';
            int month = (quarter - 1) * 3 + 1;
            String zone = "'" + timeZone.replace("'", "''") + "'";
            return "first_at >= make_timestamptz(%d, %d, 1, 0, 0, 0, %s) and first_at < make_timestamptz(%d, %d, 1, 0, 0, 0, %s)"
                    .formatted(year, month, zone, quarter == 4 ? year + 1 : year, quarter == 4 ? 1 : month + 3, zone);
        }

        long[] casesAndEvents(Connection c) throws SQLException {
            try (var s = c.createStatement();
                 var r = s.executeQuery("select count(*), coalesce(sum(events), 0) from execution_case where "
                         + casesIn())) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        }
    }

    private static void load(long targetEvents) throws SQLException {
        try (var c = owner(); var s = c.createStatement()) {
            var quarter = Quarter.demo(c);
            var before = quarter.casesAndEvents(c);
            long copies = Math.max(0, (targetEvents + before[1] - 1) / Math.max(1, before[1]) - 1);
            boolean loaded;
            try (var r = s.executeQuery("select exists (select 1 from execution_case where case_id like '%~%')")) {
                r.next();
                loaded = r.getBoolean(1);
            }
            if (!loaded && copies > 0) {
                var started = System.nanoTime();
                // the copies keep their first event: they belong to the same quarter, with the same verdicts
                s.executeUpdate("""
                        insert into execution_case (process_code, case_id, first_at, last_at, events, steps, roles, times)
                        select c.process_code, c.case_id || '~' || n, c.first_at, c.last_at, c.events, c.steps, c.roles, c.times
                        from execution_case c cross join generate_series(1, %d) n
                        where %s""".formatted(copies, quarter.casesIn()));
                s.execute("analyze execution_case");
                System.out.printf("load: %d copies of %s's %d cases in %.1f s%n", copies, quarter.key(), before[0],
                        (System.nanoTime() - started) / 1e9);
            }
            var after = quarter.casesAndEvents(c);
            System.out.printf("load: %s holds %,d cases, %,d events%n", quarter.key(), after[0], after[1]);
        }
    }

    /** What the job table says about the job that runs a check. */
    record Job(UUID id, String state, Optional<String> server, int processings, int failures) {

        private static final Pattern SERVER = Pattern.compile("\"serverId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        private static final Pattern PROCESSING = Pattern.compile("\"@class\"\\s*:\\s*\"org\\.jobrunr\\.jobs\\.states\\.ProcessingState\"");
        private static final Pattern FAILED = Pattern.compile("\"@class\"\\s*:\\s*\"org\\.jobrunr\\.jobs\\.states\\.FailedState\"");

        /** The jobs whose arguments name the check, oldest first (the demo ran its first check without a job). */
        static List<Job> forCheck(Connection c, String checkId) throws SQLException {
            var jobs = new ArrayList<Job>();
            try (var s = c.prepareStatement("""
                    select id, state, jobasjson from jobrunr_jobs
                    where jobsignature like '%ComplianceCheckJob%' and jobasjson like ? order by createdat""")) {
                s.setString(1, "%" + checkId + "%");
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        var json = r.getString(3);
                        var servers = SERVER.matcher(json).results().map(m -> m.group(1)).toList();
                        jobs.add(new Job(UUID.fromString(r.getString(1)), r.getString(2),
                                servers.isEmpty() ? Optional.empty() : Optional.of(servers.getLast()),
                                (int) PROCESSING.matcher(json).results().count(),
                                (int) FAILED.matcher(json).results().count()));
                    }
                }
            }
            return jobs;
        }
    }

    /** The name JobRunr's server table gives a server id (A or B), or the id itself once the row is gone. */
    static String serverName(Connection c, String serverId, Map<String, String> known) throws SQLException {
        if (known.containsKey(serverId)) {
            return known.get(serverId);
        }
        try (var s = c.prepareStatement("select name from jobrunr_backgroundjobservers where id = ?")) {
            s.setString(1, serverId);
            try (var r = s.executeQuery()) {
                if (r.next()) {
                    known.put(serverId, r.getString(1));
                    return r.getString(1);
                }
            }
        }
        return serverId;
    }

    static String seconds(Duration d) {
        return "%.1f s".formatted(d.toMillis() / 1000.0);
    }
}
