package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries;
import dev.opscharter.application.compliance.port.in.RunComplianceCheck;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManageUserAccounts;
import dev.opscharter.application.organization.port.in.UserAccountQueries;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.bootstrap.OpsCharterApplication;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * The compliance check end to end on a big log: the road traffic fines log (561,470 events, 150,370
 * cases) replicated {@value #COPIES} times with shifted case ids (≈ 5.6 M events) in a fresh embedded
 * database, the TRAFFIC_FINE process in the manual with its real steps and the legal limits
 * (the fine sent within 90 days, the penalty after 60, credit collection within a year), then the
 * check of every year the log spans through the use case, timed from the first call to the last
 * commit, with the heap sampled meanwhile. The database is the application's own embedded one with
 * its production settings, durable ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes}
 * on): the benchmark switches nothing off, so it measures what a user gets. After loading it asks for a
 * {@code CHECKPOINT}, as PostgreSQL would make within {@code checkpoint_timeout}: otherwise the first
 * pass also writes out the half gigabyte the load left in shared buffers, which a check of stored
 * records does not meet ({@code -Dbench.checkpoint=false} measures that too).
 *
 * <p>Run: {@code docs/measure/check-benchmark.sh}. Target: ≥ 1 M events/s (≤ 5.6 s for 5.6 M),
 * heap flat in the number of events.
 */
public final class CheckBenchmark {

    static final int COPIES = 10;
    static final String PROCESS = "TRAFFIC_FINE";
    static final List<String> STEPS = List.of("CREATE_FINE", "SEND_FINE", "INSERT_FINE_NOTIFICATION", "ADD_PENALTY",
            "PAYMENT", "SEND_FOR_CREDIT_COLLECTION", "INSERT_DATE_APPEAL_TO_PREFECTURE", "SEND_APPEAL_TO_PREFECTURE",
            "RECEIVE_RESULT_APPEAL_FROM_PREFECTURE", "NOTIFY_RESULT_APPEAL_TO_OFFENDER", "APPEAL_TO_JUDGE");
    static final Map<String, Duration> LIMITS = Map.of("SEND_FINE", Duration.ofDays(90),
            "INSERT_FINE_NOTIFICATION", Duration.ofDays(60), "ADD_PENALTY", Duration.ofDays(61),
            "SEND_FOR_CREDIT_COLLECTION", Duration.ofDays(365));

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var log = Path.of(args.length > 0 ? args[0] : "/work/shared/data/event-logs/road_traffic_fines.csv.gz");
        // a second argument names a data directory to keep: loaded once, reused by later runs
        var dataDir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("opscharter-check-bench");
        var context = new SpringApplicationBuilder(OpsCharterApplication.class).run(scanningOnlyTheApplication(
                "--opscharter.data-dir=" + dataDir, "--opscharter.demo=false",
                "--server.port=" + System.getProperty("bench.port", "0"),
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                // each batch's "streamed in … ms, merged in … ms": where the load's time goes
                "--logging.level.dev.opscharter.adapters.persistence.compliance.ExecutionBatch=INFO",
                "--jobrunr.background-job-server.enabled=false", "--jobrunr.dashboard.enabled=false"));
        try {
            var records = context.getBean(ExecutionRecords.class);
            var transactions = context.getBean(Transactions.class);
            var manual = context.getBean(ProcessManual.class);
            var run = context.getBean(RunComplianceCheck.class);
            var queries = context.getBean(ComplianceCheckQueries.class);

            // load: the log COPIES times, case ids shifted ("A1" → "A1#3"); roles seen per step
            var roles = new HashMap<String, Set<String>>();
            var years = new TreeSet<Integer>();
            long loadStart = System.nanoTime();
            boolean loaded = records.eventCount() > 0;
            for (int copy = 0; copy < COPIES; copy++) {
                int shift = copy;
                if (loaded && shift > 0) {
                    break;
                }
                SystemTasks.asSystem(() -> transactions.run(() -> {
                    try (var batch = records.begin("road_traffic_fines#" + shift, "benchmark");
                         var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                                 Files.newInputStream(log)), StandardCharsets.UTF_8), 1 << 16)) {
                        in.readLine();
                        for (String line; (line = in.readLine()) != null; ) {
                            var f = line.split(",", -1);
                            var at = OffsetDateTime.parse(f[4]).toInstant();
                            if (!loaded) {
                                batch.add(f[0] + "#" + shift, f[1], f[2], f[3], at);
                            }
                            if (shift == 0) {
                                roles.computeIfAbsent(f[2], s -> new TreeSet<>()).add(f[3]);
                                years.add(OffsetDateTime.parse(f[4]).getYear());
                            }
                        }
                        if (!loaded) {
                            batch.commit();
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
            }
            if (!loaded) {
                long batches = System.nanoTime();
                records.settle(); // as the import use case does after a commit
                System.out.printf("load: %d batches in %.1f s, then vacuum in %.1f s%n", COPIES,
                        (batches - loadStart) / 1e9, (System.nanoTime() - batches) / 1e9);
                checkpoint(context, dataDir);
            }
            long events = records.eventCount();
            System.out.printf("loaded %,d events in %.1f s%n", events, (System.nanoTime() - loadStart) / 1e9);

            var steps = new ArrayList<ProcessStep>();
            for (var code : STEPS) {
                steps.add(new ProcessStep(new StepCode(code), new BilingualName(code, code), code.equals("CREATE_FINE"),
                        roles.getOrDefault(code, Set.of("UNKNOWN")), Optional.ofNullable(LIMITS.get(code))));
            }
            var version = new ProcessVersion(1, LocalDate.of(1999, 1, 1), steps,
                    Optional.of(Duration.ofDays(730)), Set.of(new StepCode("PAYMENT"),
                    new StepCode("SEND_FOR_CREDIT_COLLECTION"), new StepCode("NOTIFY_RESULT_APPEAL_TO_OFFENDER")),
                    LimitBasis.CALENDAR);
            if (manual.byCode(new ProcessCode(PROCESS)).isEmpty()) {
                SystemTasks.asSystem(() -> manual.save(Process.define(new ProcessCode(PROCESS),
                        new BilingualName("交通罚单", "Road traffic fines"), version)));
            }

            // heap sampling while the checks run
            var peak = new AtomicLong();
            var memory = ManagementFactory.getMemoryMXBean();
            var sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            for (int pass = 1; pass <= 2; pass++) {
                System.gc();
                long before = memory.getHeapMemoryUsage().getUsed();
                peak.set(before);
                long start = System.nanoTime();
                var results = new LinkedHashMap<String, String>();
                long checked = 0;
                for (int year : years) {
                    var id = SystemTasks.asSystem(() -> run.run(new Period.Year(year), Optional.empty()));
                    var report = SystemTasks.asSystem(() -> queries.report(id)).orElseThrow();
                    checked += report.run().events();
                    results.put(Integer.toString(year), report.overall().compliant() + "/" + report.overall()
                            .evaluated());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("pass %d: checked %,d events of %d years in %.2f s = %,.0f events/s; heap before"
                                + " %,d MB, peak %,d MB; compliant/cases per year %s%n", pass, checked, years.size(),
                        seconds, checked / seconds, before >> 20, peak.get() >> 20, results);
            }
            sampler.interrupt();
            if (Boolean.getBoolean("bench.serve")) {
                serve(context, queries);
            }
        } finally {
            context.close();
        }
    }

    /**
     * Keeps the application running on the checked data for timing the results view in a browser
     * ({@code docs/measure/CheckViewTiming.java}), with a manager account {@code bench.manager}
     * (password {@code opscharter-bench}).
     */
    /**
     * Run from the test class path, Vaadin's development mode scans every class on it for its
     * annotations and keeps the metadata of some 40,000 of them (~280 MB of heap) that the production
     * jar never holds; the collector would spend the benchmark's cores on it. Unless the benchmark
     * stays serving pages, it scans only the application's own packages.
     */
    static String[] scanningOnlyTheApplication(String... arguments) {
        if (Boolean.getBoolean("bench.serve")) {
            return arguments;
        }
        var all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = "--vaadin.allowed-packages=dev/opscharter";
        return all;
    }

    /** A checkpoint as the database's owner (the application's role may not ask for one). */
    private static void checkpoint(ConfigurableApplicationContext context, Path dataDir) throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("bench.checkpoint", "true"))) {
            return;
        }
        var credentials = new java.util.Properties();
        try (var in = Files.newInputStream(dataDir.resolve("pgdata.credentials"))) {
            credentials.load(in);
        }
        var url = context.getBean(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl();
        long start = System.nanoTime();
        try (var connection = java.sql.DriverManager.getConnection(url, "postgres", credentials.getProperty("owner.password"));
             var statement = connection.createStatement()) {
            statement.execute("checkpoint");
        }
        System.out.printf("checkpoint after loading: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void serve(ConfigurableApplicationContext context,
                              ComplianceCheckQueries queries) throws InterruptedException {
        var people = context.getBean(ManagePeople.class);
        var accounts = context.getBean(ManageUserAccounts.class);
        var accountQueries = context.getBean(UserAccountQueries.class);
        var departments = context.getBean(DepartmentQueries.class);
        SystemTasks.asSystem(() -> {
            if (accountQueries.all().stream().noneMatch(a -> a.account().username().value().equals("bench.manager"))) {
                var operations = departments.all().stream()
                        .filter(d -> d.code().value().equals("OPERATIONS")).findFirst().orElseThrow();
                var person = people.hire(new PersonDraft(
                        "基准经理", "bench.manager@example.com", operations.id(),
                        Set.of(Role.OPS_MANAGER), true, LocalDate.now()));
                accounts.open(person, "bench.manager", "opscharter-bench",
                        Language.ZH_CN);
            }
            return null;
        });
        var port = context.getEnvironment().getProperty("local.server.port");
        for (var check : SystemTasks.asSystem(() -> queries.checks())) {
            var worst = SystemTasks.asSystem(() -> queries.report(check.id())).orElseThrow().worstCases();
            System.out.printf("check %s %s worst case: compliance/checks/%s/cases/%s/%s%n", check.period().key(),
                    check.id(), check.id(), worst.getFirst().processCode(),
                    URLEncoder.encode(worst.getFirst().caseId(), StandardCharsets.UTF_8));
        }
        System.out.printf("serving on http://localhost:%s (bench.manager / opscharter-bench); stop with Ctrl-C%n", port);
        Thread.sleep(Long.MAX_VALUE);
    }
}
