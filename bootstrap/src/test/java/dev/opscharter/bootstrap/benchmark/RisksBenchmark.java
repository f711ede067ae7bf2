package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.complaints.port.out.Complaints;
import dev.opscharter.application.incidents.IncidentFilter;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.incidents.port.out.IncidentTypes;
import dev.opscharter.application.incidents.port.out.Incidents;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.risks.port.out.Risks;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.complaints.ComplaintCount;
import dev.opscharter.domain.incidents.Incident;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepRecord;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskRating;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The risk register, incidents and complaints at the size of issue 15 §5, on the real application (embedded
 * PostgreSQL, demo data): {@value #RISKS} risks, {@value #INCIDENTS} incidents over the year before the last ended
 * quarter (every 20th with a late step, every 200th ruled a major accident) and {@value #COMPLAINTS} complaints
 * counted over its days. Measured: the last ended quarter's scorecard (risk control and the major complaint rate
 * computed from those records), a page of the register (the page, its count and the heat map, as the screen asks)
 * and a page of the incident list with its count.
 *
 * <p>Run: {@code docs/measure/risks-benchmark.sh} (README "Measured"). Targets: the scorecard ≤ 50 ms, each page ≤ 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx768m"})
public class RisksBenchmark {

    static final int RISKS = 10_000;
    static final int INCIDENTS = 5_000;
    static final int COMPLAINTS = 100_000;
    private static final Actor MANAGER = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    private static final Actor DIRECTOR = Actor.user("director", Set.of(Role.OPS_DIRECTOR));

    private ConfigurableApplicationContext context;
    private ScorecardQueries scorecards;
    private RiskQueries register;
    private IncidentQueries incidents;
    private Period.Quarter lastEnded;
    private long page;

    @Setup(Level.Trial)
    public void start() throws Exception {
        var dataDir = Files.createTempDirectory("opscharter-bench");
        context = BenchmarkApp.demo(dataDir);
        scorecards = context.getBean(ScorecardQueries.class);
        register = context.getBean(RiskQueries.class);
        incidents = context.getBean(IncidentQueries.class);
        var zone = context.getBean(SettingsStore.class).load().timeZone();
        lastEnded = BenchmarkApp.lastEndedQuarter(context);
        long started = System.nanoTime();
        seedRisks(context.getBean(Risks.class), context.getBean(Clock.class));
        seedIncidents(context.getBean(Incidents.class), context.getBean(IncidentTypes.class), zone);
        seedComplaints(context.getBean(Complaints.class));
        System.out.printf("setup: %,d risks, %,d incidents, %,d complaints in %.1f s%n", RISKS, INCIDENTS, COMPLAINTS,
                (System.nanoTime() - started) / 1e9);
    }

    private static void seedRisks(Risks risks, Clock clock) {
        for (int r = 0; r < RISKS; r++) {
            risks.save(Risk.identify("B-" + r, "风险 " + r + " / Risk " + r, "类别 " + r % 12, r % 2 == 0 ? "manager"
                    : "specialist", new RiskRating(1 + r % 5, 1 + (r / 5) % 5), "控制措施 " + r, "应急预案 " + r,
                    MANAGER, clock.instant()));
        }
    }

    /** Spread evenly over the four quarters up to the last ended one, each handled in four steps. */
    private void seedIncidents(Incidents store, IncidentTypes types, ZoneId zone) {
        var type = types.byCode(IncidentType.SYSTEM_FAILURE).orElseThrow();
        var from = lastEnded.previous().previous().previous().firstDay().atStartOfDay(zone).toInstant();
        var until = lastEnded.endExclusive().atStartOfDay(zone).toInstant();
        var spacing = Duration.between(from, until).dividedBy(INCIDENTS + 1);
        for (int i = 0; i < INCIDENTS; i++) {
            var at = from.plus(spacing.multipliedBy(i + 1));
            var incident = Incident.report(type, "故障 " + i + " / Failure " + i, MANAGER, at);
            var cause = at.plus(Duration.ofMinutes(i % 20 == 0 ? 180 : 60));
            incident = incident.done(new StepRecord.Cause("原因 " + i), MANAGER, cause)
                    .done(new StepRecord.Measure("措施 " + i), MANAGER, cause.plus(Duration.ofHours(1)))
                    .done(new StepRecord.Notified(List.of("销售部")), MANAGER, cause.plus(Duration.ofHours(2)))
                    .done(new StepRecord.PostMortem("复盘 " + i, List.of()), MANAGER, cause.plus(Duration.ofHours(3)));
            if (i % 200 == 0) {
                incident = incident.rule(true, DIRECTOR, cause.plus(Duration.ofHours(4)));
            }
            store.save(incident);
        }
    }

    /** The year's complaints counted per day, one in 400 of them major. */
    private void seedComplaints(Complaints complaints) {
        var first = lastEnded.previous().previous().previous().firstDay();
        int days = (int) (lastEnded.endExclusive().toEpochDay() - first.toEpochDay());
        for (int d = 0; d < days; d++) {
            long total = COMPLAINTS / days + (d < COMPLAINTS % days ? 1 : 0);
            complaints.saveDay(new ComplaintCount(first.plusDays(d), total, d % 2 == 0 ? total / 200 : 0));
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public void scorecardOfLastQuarter(Blackhole sink) {
        SystemTasks.asUser("director", () -> sink.consume(scorecards.scorecard(lastEnded)));
    }

    /** What the register screen asks for a page: the page by score, the count and the heat map of the open risks. */
    @Benchmark
    public void registerPage(Blackhole sink) {
        var offset = (page++ * 50) % RISKS;
        SystemTasks.asUser("manager", () -> {
            sink.consume(register.risks(RiskFilter.OPEN, new PageRequest(offset, 50,
                    List.of(new PageRequest.Order(Risks.BY_SCORE, true)))));
            sink.consume(register.count(RiskFilter.OPEN));
            sink.consume(register.heatMap(RiskFilter.OPEN));
        });
    }

    @Benchmark
    public void incidentListPage(Blackhole sink) {
        var offset = (page++ * 50) % INCIDENTS;
        SystemTasks.asUser("manager", () -> {
            sink.consume(incidents.incidents(IncidentFilter.ALL, new PageRequest(offset, 50)));
            sink.consume(incidents.count(IncidentFilter.ALL));
        });
    }
}
