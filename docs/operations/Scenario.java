import com.microsoft.playwright.Page;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The failover scenario. The manager, pinned to instance A through HAProxy, starts the check of the
 * demo's quarter from the check's page; once the check is RUNNING, the instance whose JobRunr server
 * is processing its job is killed (SIGKILL); the check must then complete exactly once on the other
 * instance. Meanwhile the director, signed in twice (one browser context pinned to each instance),
 * keeps opening pages; the one on the surviving instance must never see an error.
 */
final class Scenario {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final List<String> PHASES = List.of("before", "running", "failover", "after");
    private static final List<String[]> DIRECTOR_PAGES = List.of(
            new String[] {"", "#dashboard-greeting"},
            new String[] {"compliance/checks", "#checks-grid"},
            new String[] {"appraisal/scorecard", "#scorecard-period"},
            new String[] {"compliance/actions", "#actions-status-filter"});

    private final String base;
    private final Map<String, Long> pids;
    private final Instant start = Instant.now();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> serverNames = new HashMap<>();

    Scenario(String base, long pidA, long pidB) {
        this.base = base;
        this.pids = Map.of("A", pidA, "B", pidB);
    }

    boolean run() throws Exception {
        try (var db = TwoInstances.owner()) {
            return run(db);
        }
    }

    private boolean run(Connection db) throws Exception {
        var quarter = TwoInstances.Quarter.demo(db);
        var checkId = single(db, "select id::text from compliance_check where period_key = '" + quarter.key() + "'");
        var expected = quarter.casesAndEvents(db);
        var previousRun = single(db, "select current_run_id::text from compliance_check where id = '" + checkId + "'");
        for (var name : List.of("A", "B")) {
            await("JobRunr server " + name + " registered", Duration.ofMinutes(3), () -> servers(db).containsValue(name));
        }
        note("check %s of %s: %,d cases, %,d events; JobRunr servers %s", checkId, quarter.key(), expected[0],
                expected[1], servers(db));
        note("the instances' database sessions by role: %s", rows(db, """
                select usename, count(*) from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid() group by usename order by usename""")
                .stream().map(r -> r[0] + " " + r[1]).toList());

        var walk = new DirectorWalk(base);
        var walker = Thread.ofPlatform().name("directors").start(walk);
        await("the director signed in on A and B and opened pages", Duration.ofMinutes(5),
                () -> walk.rounds() >= 2 || walk.broken() != null);
        if (walk.broken() != null) {
            return report(walk, "the director could not sign in: " + walk.broken(), null, expected, checkId, db);
        }

        Instant clicked;
        try (var manager = new Browsers(base)) {
            var page = manager.signedIn("manager", "opscharter-demo", "a");
            note("manager signed in via HAProxy on instance %s", manager.node(page.context()).toUpperCase());
            page.navigate(base + "/compliance/checks/" + checkId);
            page.locator("#check-run-again").waitFor();
            walk.phase("running");
            page.locator("#check-run-again").click();
            clicked = Instant.now();
            note("manager pressed Run again (check %s)", quarter.key());
        }
        var running = awaitState(db, checkId, Duration.ofMinutes(5));
        if (!"RUNNING".equals(running)) {
            return report(walk, "the check never became RUNNING (state " + running + "): raise LOAD_EVENTS so that it "
                    + "runs long enough to be killed", null, expected, checkId, db);
        }
        var runningAt = Instant.now();
        note("check RUNNING, %s after the click", since(clicked));

        // the job that runs it, and the server processing it
        var processing = new Object() { TwoInstances.Job job; };
        await("the check's job PROCESSING on a known server", Duration.ofMinutes(1), () -> {
            var jobs = jobs(db, checkId);
            processing.job = jobs.stream().filter(j -> j.state().equals("PROCESSING") && j.server().isPresent())
                    .findFirst().orElse(null);
            return processing.job != null;
        });
        var victim = name(db, processing.job.server().orElseThrow());
        var survivor = victim.equals("A") ? "B" : "A";
        if (!pids.containsKey(victim)) {
            return report(walk, "the job runs on an unknown server " + victim, null, expected, checkId, db);
        }
        // a little into the run, so that it has written part of its results when it dies
        var into = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("KILL_AFTER_SECONDS", "2")));
        Thread.sleep(into.toMillis());
        var stateAtKill = state(db, checkId);
        var killed = Instant.now();
        var handle = ProcessHandle.of(pids.get(victim)).orElseThrow(() -> new IllegalStateException(victim + " is gone"));
        handle.destroyForcibly(); // SIGKILL: no shutdown hook, no JobRunr goodbye
        handle.onExit().get();
        walk.killed(victim);
        note("killed instance %s (pid %d, kill -9) %s after the check became RUNNING; check was %s", victim,
                pids.get(victim), since(runningAt), stateAtKill);
        if (!"RUNNING".equals(stateAtKill)) {
            failures.add("the check was " + stateAtKill + ", not RUNNING, when " + victim + " was killed: raise LOAD_EVENTS");
        }

        // the other instance must take the job over and complete it
        var outcome = followToEnd(db, checkId, previousRun, Duration.ofSeconds(
                Long.parseLong(System.getenv().getOrDefault("WAIT_AFTER_KILL_SECONDS", "300"))));
        var done = Instant.now();
        walk.phase("after");
        var afterFrom = walk.rounds();
        await("the director opened pages after the check ended", Duration.ofMinutes(5),
                () -> walk.rounds() >= afterFrom + 2 || walk.broken() != null);
        walk.stop();
        walker.join(Duration.ofMinutes(2));

        if (outcome != null) {
            failures.add(outcome);
        } else {
            note("check DONE %s after the kill", TwoInstances.seconds(Duration.between(killed, done)));
            verify(db, checkId, previousRun, clicked, expected, victim, survivor);
        }
        return report(walk, null, survivor, expected, checkId, db);
    }

    /** Null once the check is DONE with a new run; otherwise why it did not get there. */
    private String followToEnd(Connection db, String checkId, String previousRun, Duration deadline)
            throws SQLException, InterruptedException {
        var until = Instant.now().plus(deadline);
        String last = "";
        Instant settled = null;
        while (Instant.now().isBefore(until)) {
            var state = state(db, checkId);
            var jobs = jobs(db, checkId);
            var job = jobs.isEmpty() ? null : jobs.getLast();
            var seen = "check " + state + ", job " + (job == null ? "none" : job.state()
                    + job.server().map(s -> " on " + name(db, s)).orElse("") + " (processed " + job.processings()
                    + "×, failed " + job.failures() + "×)");
            if (!seen.equals(last)) {
                note("%s", seen);
                last = seen;
            }
            var current = single(db, "select coalesce(current_run_id::text, '') from compliance_check where id = '" + checkId + "'");
            if (state.equals("DONE") && !current.equals(previousRun)) {
                return null;
            }
            boolean jobEnded = job != null && List.of("SUCCEEDED", "FAILED", "DELETED").contains(job.state());
            if (jobEnded && settled == null) {
                settled = Instant.now();
            }
            // a job that has ended leaves the check where it is: give the check a moment, then say so
            if (settled != null && Duration.between(settled, Instant.now()).toSeconds() > 30) {
                var failure = single(db, "select coalesce(failure, '') from compliance_check where id = '" + checkId + "'");
                return "the check's job ended " + job.state() + " after the kill but the check is " + state
                        + (failure.isEmpty() ? "" : " (" + failure + ")") + ": nothing re-runs it";
            }
            Thread.sleep(POLL.toMillis());
        }
        return "the check is still " + state(db, checkId) + " " + deadline.toSeconds() + " s after the kill (" + last
                + "): the interrupted run is neither failed nor taken over by the surviving instance";
    }

    private void verify(Connection db, String checkId, String previousRun, Instant clicked, long[] expected,
                        String victim, String survivor) throws SQLException {
        var current = single(db, "select current_run_id::text from compliance_check where id = '" + checkId + "'");
        var runs = rows(db, """
                select id::text, started_at, finished_at, started_by, events, cases_evaluated, cases_compliant
                from compliance_check_run where check_id = '%s' order by started_at""".formatted(checkId));
        var finishedSinceClick = runs.stream().filter(r -> r[2] != null
                && ((java.sql.Timestamp) r[1]).toInstant().isAfter(clicked.minusSeconds(1))).toList();
        note("runs of the check now: %d (%d finished since the click); previous run %s %s", runs.size(),
                finishedSinceClick.size(), previousRun, runs.stream().anyMatch(r -> r[0].equals(previousRun))
                        ? "kept" : "replaced");
        expect(finishedSinceClick.size() == 1, "exactly one run completed since the click (" + finishedSinceClick.size() + ")");
        expect(finishedSinceClick.size() == 1 && finishedSinceClick.getFirst()[0].equals(current),
                "the completed run is the check's current run");
        var run = runs.stream().filter(r -> r[0].equals(current)).findFirst().orElseThrow();
        var processes = rows(db, "select coalesce(sum(cases_evaluated + without_version), 0), coalesce(sum(cases_evaluated - cases_compliant), 0) "
                + "from compliance_check_process where run_id = '" + current + "'").getFirst();
        var unknownCases = Long.parseLong(single(db, "select coalesce(sum(cases), 0) from compliance_check_unknown_process "
                + "where run_id = '" + current + "'"));
        long cases = ((Number) processes[0]).longValue() + unknownCases;
        long deviating = ((Number) processes[1]).longValue();
        var took = Duration.between(((java.sql.Timestamp) run[1]).toInstant(), ((java.sql.Timestamp) run[2]).toInstant());
        note("current run: started by %s, %,d events, %,d cases (%,d compliant, %,d deviating), ran %s "
                + "(%,d events/s)", run[3], ((Number) run[4]).longValue(), cases, ((Number) run[6]).longValue(),
                deviating, TwoInstances.seconds(took), ((Number) run[4]).longValue() * 1000 / Math.max(1, took.toMillis()));
        expect(cases == expected[0], "cases checked = the quarter's cases (" + cases + " vs " + expected[0] + ")");
        expect(((Number) run[4]).longValue() == expected[1],
                "events checked = the quarter's events (" + run[4] + " vs " + expected[1] + ")");

        var chunks = rows(db, "select count(*), coalesce(sum(cases), 0) from compliance_check_case_chunk where run_id = '"
                + current + "'").getFirst();
        var overlapping = Long.parseLong(single(db, """
                select count(*) from (select first_start, lag(last_start) over (partition by process_code order by chunk) prev,
                                             chunk, lag(chunk) over (partition by process_code order by chunk) prev_chunk
                                      from compliance_check_case_chunk where run_id = '%s') x
                where prev > first_start or prev_chunk <> chunk - 1""".formatted(current)));
        var stray = Long.parseLong(single(db, """
                select (select count(*) from compliance_check_case_chunk k
                        where not exists (select 1 from compliance_check c where c.current_run_id = k.run_id))
                     + (select count(*) from compliance_check_process p
                        where not exists (select 1 from compliance_check c where c.current_run_id = p.run_id))"""));
        note("deviating-case chunks of the current run: %d holding %,d cases; out of order or overlapping: %d; "
                + "result rows of no current run: %d", ((Number) chunks[0]).longValue(),
                ((Number) chunks[1]).longValue(), overlapping, stray);
        expect(((Number) chunks[1]).longValue() == deviating,
                "the chunks hold each deviating case once (" + chunks[1] + " vs " + deviating + ")");
        expect(overlapping == 0, "the chunks follow each other without overlap");
        expect(stray == 0, "no results left of the interrupted run (" + stray + " rows)");

        var jobs = jobs(db, checkId);
        var succeeded = jobs.stream().filter(j -> j.state().equals("SUCCEEDED")).toList();
        note("jobs for the check: %s", jobs.stream().map(j -> j.state() + j.server().map(s -> "@" + name(db, s)).orElse("")
                + " processed " + j.processings() + "×, failed " + j.failures() + "×").toList());
        expect(succeeded.size() == 1, "exactly one job succeeded (" + succeeded.size() + ")");
        expect(succeeded.size() == 1 && succeeded.getFirst().server().map(s -> name(db, s)).orElse("?").equals(survivor),
                "the surviving instance " + survivor + " completed it");
    }

    private boolean report(DirectorWalk walk, String broken, String survivor, long[] expected, String checkId,
                           Connection db) {
        if (broken != null) {
            failures.add(broken);
        }
        walk.stop();
        System.out.println();
        System.out.println("== the director's pages (phases: before the click, check running, after the kill, "
                + "after the check ended) ==");
        for (var node : List.of("a", "b")) {
            for (var phase : PHASES) {
                var navs = walk.navigations().stream().filter(n -> n.pinned().equals(node) && n.phase().equals(phase)).toList();
                if (navs.isEmpty()) {
                    continue;
                }
                var errors = navs.stream().filter(n -> n.error() != null).toList();
                var ms = navs.stream().filter(n -> n.error() == null).mapToLong(Navigation::millis).sorted().toArray();
                System.out.printf("  pinned to %s, %-8s: %2d pages, %d errors, served by %s, median %s ms, worst %s ms%s%n",
                        node.toUpperCase(), phase, navs.size(), errors.size(),
                        navs.stream().map(n -> n.servedBy().toUpperCase()).distinct().sorted().toList(),
                        ms.length == 0 ? "-" : ms[ms.length / 2], ms.length == 0 ? "-" : ms[ms.length - 1],
                        errors.isEmpty() ? "" : " — " + errors.getFirst().page() + ": " + errors.getFirst().error());
            }
        }
        if (survivor != null) {
            var onSurvivor = walk.navigations().stream().filter(n -> n.pinned().equalsIgnoreCase(survivor)).toList();
            var errors = onSurvivor.stream().filter(n -> n.error() != null).count();
            var phases = onSurvivor.stream().map(Navigation::phase).distinct().toList();
            expect(errors == 0 && phases.containsAll(List.of("before", "failover", "after")),
                    "the director on the surviving instance " + survivor + " opened " + onSurvivor.size()
                            + " pages in the phases " + phases + " without an error (" + errors + " errors)");
            expect(onSurvivor.stream().allMatch(n -> n.servedBy().equalsIgnoreCase(survivor)),
                    "HAProxy kept the director on " + survivor);
        }
        System.out.println();
        System.out.println(failures.isEmpty() ? "PASS: the check completed exactly once on the surviving instance, "
                + "results complete, the director undisturbed" : "FAIL:");
        failures.forEach(f -> System.out.println("  - " + f));
        return failures.isEmpty();
    }

    // ------------------------------------------------------------------------------------ helpers

    private void expect(boolean holds, String what) {
        note("%s %s", holds ? "ok  " : "FAIL", what);
        if (!holds) {
            failures.add(what);
        }
    }

    private void note(String format, Object... args) {
        var line = "%7.1f  %s".formatted(Duration.between(start, Instant.now()).toMillis() / 1000.0,
                format.formatted(args));
        System.out.println(line);
    }

    private static String since(Instant from) {
        return TwoInstances.seconds(Duration.between(from, Instant.now()));
    }

    private String awaitState(Connection db, String checkId, Duration deadline) throws SQLException, InterruptedException {
        var until = Instant.now().plus(deadline);
        var state = state(db, checkId);
        while (!state.equals("RUNNING") && !state.equals("FAILED") && Instant.now().isBefore(until)) {
            Thread.sleep(POLL.toMillis());
            var next = state(db, checkId);
            if (state.equals("QUEUED") && next.equals("DONE")) {
                return "DONE (finished between two polls)";
            }
            state = next;
        }
        return state;
    }

    private static void await(String what, Duration deadline, BooleanSupplier condition) throws InterruptedException {
        var until = Instant.now().plus(deadline);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("timed out after " + deadline.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static String state(Connection db, String checkId) throws SQLException {
        return single(db, "select state from compliance_check where id = '" + checkId + "'");
    }

    private static List<TwoInstances.Job> jobs(Connection db, String checkId) {
        try {
            return TwoInstances.Job.forCheck(db, checkId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> servers(Connection db) {
        try (var s = db.createStatement(); var r = s.executeQuery("select id, name from jobrunr_backgroundjobservers")) {
            while (r.next()) {
                serverNames.put(r.getString(1), r.getString(2));
            }
            return Map.copyOf(serverNames);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String name(Connection db, String serverId) {
        try {
            return TwoInstances.serverName(db, serverId, serverNames);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (var s = db.createStatement(); var r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return Objects.toString(r.getString(1), "");
        }
    }

    private static List<Object[]> rows(Connection db, String sql) throws SQLException {
        var rows = new ArrayList<Object[]>();
        try (var s = db.createStatement(); var r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                var row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** One page the director opened: where HAProxy sent it, how long it took, what went wrong. */
    record Navigation(String phase, String pinned, String servedBy, String page, long at, long millis, String error) {
    }

    /**
     * The director, signed in once on each instance, opening the pages in turn until stopped: one
     * thread (and browser) per instance, so that a page hanging on the killed instance holds up
     * nobody on the other.
     */
    static final class DirectorWalk implements Runnable {

        private final String base;
        private final List<Navigation> navigations = new CopyOnWriteArrayList<>();
        private final Map<String, Integer> rounds = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile String phase = "before";
        private volatile boolean stopped;
        private volatile String broken;
        private volatile String killed = "";
        private volatile long killedAt = Long.MAX_VALUE;

        DirectorWalk(String base) {
            this.base = base;
        }

        void phase(String next) {
            phase = next;
        }

        void killed(String instance) {
            phase = "failover";
            killedAt = System.nanoTime();
            killed = instance.toLowerCase();
        }

        void stop() {
            stopped = true;
        }

        /** Rounds of pages done by each director still on their own instance (the fewest). */
        int rounds() {
            return List.of("a", "b").stream().filter(n -> !n.equals(killed))
                    .mapToInt(n -> rounds.getOrDefault(n, 0)).min().orElse(0);
        }

        String broken() {
            return broken;
        }

        List<Navigation> navigations() {
            return navigations;
        }

        @Override
        public void run() {
            var walkers = List.of("a", "b").stream()
                    .map(node -> Thread.ofPlatform().name("director-" + node).start(() -> walk(node))).toList();
            for (var walker : walkers) {
                try {
                    walker.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void walk(String node) {
            try (var browsers = new Browsers(base)) {
                var page = browsers.signedIn("director", "opscharter-demo", node);
                for (int i = 0; !stopped; i++) {
                    // the director on the killed instance: twice after the kill, to show what they meet
                    if (node.equals(killed) && navigations.stream()
                            .filter(n -> n.pinned().equals(node) && n.at() > killedAt).count() >= 2) {
                        Thread.sleep(POLL.toMillis());
                        continue;
                    }
                    open(browsers, node, page, DIRECTOR_PAGES.get(i % DIRECTOR_PAGES.size()));
                    rounds.merge(node, 1, Integer::sum);
                }
            } catch (RuntimeException e) {
                broken = node + ": " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Playwright's messages start with "Error {" and name what failed in a "message=" line. */
        private static String firstLine(RuntimeException e) {
            var text = Objects.toString(e.getMessage(), e.toString());
            return text.lines().map(String::strip).filter(l -> l.startsWith("message=")).findFirst()
                    .map(l -> l.substring("message=".length()).replace("'", "")).orElse(text.lines().findFirst().orElse(""));
        }

        /** The page by address; an error is a sign-in page, a server error, or the page not drawn in time. */
        private void open(Browsers browsers, String node, Page page, String[] target) {
            var phaseNow = phase;
            var started = System.nanoTime();
            String error = null;
            try {
                var response = page.navigate(base + "/" + target[0]);
                if (response != null && response.status() >= 500) {
                    error = "HTTP " + response.status();
                } else if (page.url().contains("/login")) {
                    error = "signed out (sent to the sign-in page)";
                } else {
                    page.locator(target[1]).waitFor();
                }
            } catch (RuntimeException e) {
                error = firstLine(e);
            }
            navigations.add(new Navigation(phaseNow, node, browsers.node(page.context()), "/" + target[0], started,
                    (System.nanoTime() - started) / 1_000_000, error));
        }
    }
}
