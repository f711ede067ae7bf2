package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManagePeople;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.organization.DepartmentKind;
import dev.opscharter.domain.shared.Period;
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
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The scorecard as the view asks for it, through the use case, on the real application (embedded
 * PostgreSQL, demo data: eight quarters of figures, six approved) plus a year of people records:
 * {@value #CORE_STAFF} core staff in Operations, {@value #LEAVERS} of whom left during the last
 * year, so the retention figure is computed from records with a drill-down list of every person.
 *
 * <p>Run: {@code docs/measure/scorecard-benchmark.sh} (README "Measured"). Target: a quarter's
 * scorecard in ≤ 200 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class ScorecardBenchmark {

    static final int CORE_STAFF = 600;
    static final int LEAVERS = 90;

    private ConfigurableApplicationContext context;
    private ScorecardQueries scorecards;
    private Period.Quarter lastEnded;
    private Period.Year lastYear;

    @Setup(Level.Trial)
    public void start() throws Exception {
        var dataDir = Files.createTempDirectory("opscharter-bench");
        context = BenchmarkApp.demo(dataDir);
        scorecards = context.getBean(ScorecardQueries.class);
        var zone = context.getBean(SettingsStore.class).load().timeZone();
        var today = LocalDate.now(context.getBean(Clock.class).withZone(zone));
        lastEnded = BenchmarkApp.lastEndedQuarter(context);
        lastYear = new Period.Year(today.getYear() - 1);
        var people = context.getBean(ManagePeople.class);
        var operations = context.getBean(DepartmentQueries.class);
        SystemTasks.asSystem(() -> {
            var department = operations.all().stream().filter(d -> d.kind() == DepartmentKind.OPERATIONS)
                    .findFirst().orElseThrow().id();
            for (int i = 0; i < CORE_STAFF; i++) {
                var id = people.hire(new PersonDraft("Bench " + i, "bench" + i + "@example.com", department, Set.of(),
                        true, today.minusYears(2).plusDays(i % 300)));
                if (i < LEAVERS) {
                    people.recordDeparture(id, today.minusDays(4 * i + 1), 1);
                }
            }
        });
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public void scorecardOfLastQuarter(Blackhole sink) {
        SystemTasks.asUser("director", () -> sink.consume(scorecards.scorecard(lastEnded)));
    }

    @Benchmark
    public void scorecardOfLastYear(Blackhole sink) {
        SystemTasks.asUser("director", () -> sink.consume(scorecards.scorecard(lastYear)));
    }

    @Benchmark
    public void trendOfEightQuarters(Blackhole sink) {
        SystemTasks.asUser("director", () -> sink.consume(scorecards.trend(lastEnded, 8)));
    }
}
