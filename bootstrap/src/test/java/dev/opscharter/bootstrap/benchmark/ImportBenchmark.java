package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.application.compliance.port.in.ImportExecutionRecords;
import dev.opscharter.bootstrap.OpsCharterApplication;
import dev.opscharter.bootstrap.security.SystemTasks;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Import throughput on the real application: the road-traffic-fines log replicated {@code copies}
 * times (10 by default: 5.6 million events, 1.5 million cases; each copy's case ids prefixed with its
 * number) is written to a plain CSV file, then streamed through the {@link ImportExecutionRecords}
 * use case into a fresh embedded PostgreSQL with the application's own settings: durable (fsync,
 * synchronous_commit and full_page_writes on; the benchmark switches nothing off). Prints events per
 * second and the heap used while importing; run it with a heap smaller than the file
 * ({@code docs/measure/import-benchmark.sh} uses {@code -Xmx384m}) to see that the import streams.
 *
 * <p>Arguments: {@code [copies] [path of road_traffic_fines.csv.gz]}. Target: ≥ 100,000 events/s.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        var source = Path.of(args.length > 1 ? args[1] : "../shared/data/event-logs/road_traffic_fines.csv.gz");
        if (!Files.isReadable(source)) {
            source = Path.of("../../shared/data/event-logs/road_traffic_fines.csv.gz");
        }
        var work = Files.createTempDirectory("opscharter-import-bench");
        var csv = work.resolve("traffic-fines-x" + copies + ".csv");
        long events = replicate(source, csv, copies);
        System.out.printf("Wrote %,d events (%,d MB) to %s%n", events, Files.size(csv) >> 20, csv);

        var context = new SpringApplicationBuilder(OpsCharterApplication.class).run(
                CheckBenchmark.scanningOnlyTheApplication(
                        "--opscharter.data-dir=" + work.resolve("data"), "--opscharter.demo=true", "--server.port=0",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--logging.level.dev.opscharter.adapters.persistence.compliance=INFO",
                        "--jobrunr.background-job-server.enabled=false", "--jobrunr.dashboard.enabled=false"));
        try {
            var imports = context.getBean(ImportExecutionRecords.class);
            var memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            var peakHeap = new AtomicLong(heapBefore);
            long started = System.nanoTime();
            var summary = SystemTasks.asSystem(() -> {
                try (var in = Files.newInputStream(csv)) {
                    return imports.importRecords(in, csv.getFileName().toString(), (bytes, read) ->
                            peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Imported %,d events (%,d added, %,d already stored) in %.1f s: %,.0f events/s%n",
                    summary.received(), summary.added(), summary.alreadyStored(), seconds, summary.received() / seconds);
            System.out.printf("Heap: %,d MB before, peak %,d MB while importing (max heap %,d MB, file %,d MB)%n",
                    heapBefore >> 20, peakHeap.get() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    Files.size(csv) >> 20);

            long again = System.nanoTime();
            var repeat = SystemTasks.asSystem(() -> {
                try (var in = Files.newInputStream(csv)) {
                    return imports.importRecords(in, csv.getFileName().toString(), ImportExecutionRecords.ImportProgress.NONE);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            double repeatSeconds = (System.nanoTime() - again) / 1e9;
            System.out.printf("Re-import: %,d added, %,d already stored in %.1f s: %,.0f events/s%n", repeat.added(),
                    repeat.alreadyStored(), repeatSeconds, repeat.received() / repeatSeconds);
        } finally {
            context.close();
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Writes the log {@code copies} times, case ids prefixed {@code <copy>-}; returns the events. */
    static long replicate(Path source, Path target, int copies) throws IOException {
        long events = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("case_id,process_code,step_code,actor_role,occurred_at\r\n");
            for (int copy = 0; copy < copies; copy++) {
                try (var in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(source), 1 << 16), StandardCharsets.UTF_8))) {
                    var header = in.readLine();
                    if (header == null || !header.startsWith("case_id,")) {
                        throw new IllegalStateException("case_id must be the first column of " + source);
                    }
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (!line.isEmpty()) {
                            out.write(Integer.toString(copy));
                            out.write('-');
                            out.write(line);
                            out.write("\r\n");
                            events++;
                        }
                    }
                }
            }
        }
        return events;
    }
}
