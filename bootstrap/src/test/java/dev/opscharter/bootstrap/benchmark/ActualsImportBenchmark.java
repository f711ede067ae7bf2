package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.ManageTargets.MetricDraft;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.application.targets.port.in.RecordActuals;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.MetricDirection;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The import of daily actuals (issue 14 §7): a CSV of {@value #ROWS} rows — {@value #UNITS} units ×
 * {@value #METRICS} metrics × {@value #DAYS} days — through the use case into the embedded PostgreSQL, all or
 * nothing in one transaction. Each measured import brings days not stored yet (the next {@value #DAYS} days), so
 * every row is added; the score is seconds per file, rows/s = {@value #ROWS} ÷ score.
 *
 * <p>Run: {@code docs/measure/targets-benchmark.sh} (README "Measured"). Target: ≥ 200 000 rows/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, batchSize = 1)
@Measurement(iterations = 3, batchSize = 1)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class ActualsImportBenchmark {

    static final int UNITS = 50;
    static final int METRICS = 20;
    static final int DAYS = 1_000;
    static final int ROWS = UNITS * METRICS * DAYS;

    private ConfigurableApplicationContext context;
    private RecordActuals actuals;
    private Path dir;
    private LocalDate nextFirstDay = LocalDate.of(2001, 1, 1);
    private Path csv;

    @Setup(Level.Trial)
    public void start() throws Exception {
        dir = Files.createTempDirectory("opscharter-bench");
        context = BenchmarkApp.demo(dir);
        actuals = context.getBean(RecordActuals.class);
        var manage = context.getBean(ManageTargets.class);
        SystemTasks.asUser("manager", () -> {
            for (int u = 0; u < UNITS; u++) {
                manage.createUnit(RequestKey.fresh(), new UnitDraft("IU_" + u, new BilingualName("单元 " + u,
                        "Unit " + u), Optional.empty(), true));
            }
            for (int m = 0; m < METRICS; m++) {
                manage.createMetric(RequestKey.fresh(), new MetricDraft("IM_" + m, new BilingualName("指标 " + m,
                        "Metric " + m), MetricUnit.COUNT, MetricDirection.HIGHER_IS_BETTER, Aggregation.SUM, false,
                        false));
            }
        });
    }

    private Path file() throws IOException {
        var written = dir.resolve("actuals-" + nextFirstDay + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
            out.write("unit_code,metric_code,day,value\n");
            for (int d = 0; d < DAYS; d++) {
                var day = nextFirstDay.plusDays(d).toString();
                for (int u = 0; u < UNITS; u++) {
                    for (int m = 0; m < METRICS; m++) {
                        out.write("IU_" + u + ",IM_" + m + "," + day + "," + (u * 31 + m * 17 + d) % 1000 + ".25\n");
                    }
                }
            }
        }
        nextFirstDay = nextFirstDay.plusDays(DAYS);
        return written;
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** The file is written before the iteration, outside the measured time. */
    @Setup(Level.Iteration)
    public void nextFile() throws IOException {
        csv = file();
    }

    @TearDown(Level.Iteration)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(csv);
    }

    @Benchmark
    public void importMillionRows(Blackhole sink) {
        SystemTasks.asUser("specialist", () -> sink.consume(actuals.importFile(csv, "actuals.csv")));
    }
}
