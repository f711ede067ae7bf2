package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.application.appraisal.port.in.ScorecardQueries;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.ManageTargets.MetricDraft;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.application.targets.port.in.RecordActuals;
import dev.opscharter.application.targets.port.in.WeeklyReports;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.IsoWeek;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricId;
import dev.opscharter.domain.targets.MetricUnit;
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

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The targets at the size of issue 14 §7, on the real application (embedded PostgreSQL, demo data): {@value #UNITS}
 * business units × {@value #METRICS} metrics (sums, means, a last value and ratios), a target for every pair in the
 * last ended quarter and its year, and a year of daily actuals for every pair (547 500 days) imported from CSV
 * through the use case. Measured: the quarter's scorecard (its core target attainment and key indicators computed
 * from those actuals), and the weekly report of a week written (figures, PDF, workbook, stored). The import's own
 * rate is measured by {@code ActualsImportBenchmark}.
 *
 * <p>Run: {@code docs/measure/targets-benchmark.sh} (README "Measured"). Targets: the scorecard ≤ 50 ms, a weekly
 * report ≤ 5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx768m"})
public class TargetsBenchmark {

    static final int UNITS = 50;
    static final int METRICS = 30;
    static final int DAYS = 365;

    private ConfigurableApplicationContext context;
    private ScorecardQueries scorecards;
    private WeeklyReports reports;
    private Period.Quarter lastEnded;
    private IsoWeek nextWeek;

    @Setup(Level.Trial)
    public void start() throws Exception {
        var dataDir = Files.createTempDirectory("opscharter-bench");
        context = BenchmarkApp.demo(dataDir);
        scorecards = context.getBean(ScorecardQueries.class);
        reports = context.getBean(WeeklyReports.class);
        lastEnded = BenchmarkApp.lastEndedQuarter(context);
        nextWeek = IsoWeek.of(lastEnded.endExclusive().minusDays(1));
        var manage = context.getBean(ManageTargets.class);
        var actuals = context.getBean(RecordActuals.class);
        var csv = dataDir.resolve("actuals.csv");
        SystemTasks.asUser("manager", () -> {
            var units = new ArrayList<BusinessUnitId>();
            var codes = new ArrayList<String>();
            for (int u = 0; u < UNITS; u++) {
                codes.add("BU_" + u);
                units.add(manage.createUnit(RequestKey.fresh(), new UnitDraft("BU_" + u,
                        new BilingualName("单元 " + u, "Unit " + u), Optional.empty(), true)));
            }
            var metrics = metrics(manage);
            for (var unit : units) {
                for (var metric : metrics) {
                    manage.setTarget(unit, metric, lastEnded, new BigDecimal("9000"), "", 0);
                    manage.setTarget(unit, metric, lastEnded.asYear(), new BigDecimal("36000"), "", 0);
                }
            }
            try {
                write(csv, codes, lastEnded.endExclusive().minusDays(DAYS));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            long started = System.nanoTime();
            var summary = actuals.importFile(csv, "actuals.csv");
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("setup: imported %,d days in %.1f s (%,.0f rows/s)%n", summary.added(), seconds,
                    summary.added() / seconds);
        });
    }

    /** 24 sums, 3 means, 1 last value and 2 ratios of sums; a third are core, two are key indicators. */
    private static List<MetricId> metrics(ManageTargets manage) {
        var ids = new ArrayList<MetricId>();
        for (int m = 0; m < METRICS - 2; m++) {
            Aggregation aggregation = m < 24 ? Aggregation.SUM : m < 27 ? Aggregation.AVERAGE : Aggregation.LAST;
            ids.add(manage.createMetric(RequestKey.fresh(), new MetricDraft("M_" + m,
                    new BilingualName("指标 " + m, "Metric " + m), MetricUnit.COUNT,
                    m % 7 == 6 ? MetricDirection.LOWER_IS_BETTER : MetricDirection.HIGHER_IS_BETTER, aggregation,
                    m == 0 || m == 1, m % 3 == 0)));
        }
        for (int r = 0; r < 2; r++) {
            ids.add(manage.createMetric(RequestKey.fresh(), new MetricDraft("RATE_" + r,
                    new BilingualName("比率 " + r, "Rate " + r), MetricUnit.PERCENT, MetricDirection.HIGHER_IS_BETTER,
                    new Aggregation.Ratio(ids.get(2 * r + 2), ids.get(2 * r + 3)), false, true)));
        }
        return ids;
    }

    /** Every unit's every stored metric (not the ratios) on each of the days from {@code first} on. */
    private static void write(Path csv, List<String> units, LocalDate first) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("unit_code,metric_code,day,value\n");
            for (int d = 0; d < DAYS; d++) {
                var day = first.plusDays(d).toString();
                for (int u = 0; u < units.size(); u++) {
                    for (int m = 0; m < METRICS - 2; m++) {
                        out.write(units.get(u) + ",M_" + m + "," + day + "," + (90 + (u * 7 + m * 13 + d) % 21) + "\n");
                    }
                }
            }
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

    /** A week not written yet each time, going back from the quarter's last week: computed, rendered, stored. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2, batchSize = 1)
    @Measurement(iterations = 8, batchSize = 1)
    public void weeklyReportWritten(Blackhole sink) {
        var week = nextWeek;
        nextWeek = week.previous();
        SystemTasks.asUser("manager", () -> sink.consume(reports.write(week)));
    }
}
