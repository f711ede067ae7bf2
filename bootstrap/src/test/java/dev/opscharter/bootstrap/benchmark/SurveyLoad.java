package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.bootstrap.OpsCharterApplication;
import dev.opscharter.bootstrap.testing.SurveyLinks;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The respondent's page under load (issue 13, item 7), on the real application (embedded, durable
 * PostgreSQL) in this JVM, with one open campaign and a link per respondent:
 * <ol>
 *   <li>warm-up: 1 000 respondents, 50 at once, not counted;</li>
 *   <li>the heap an open page keeps on the server: 500 pages opened, heap after GC minus before;</li>
 *   <li><b>500 concurrent respondents</b> for {@code seconds}: each opens the page (GET), reads and
 *   answers it for 1–3 s (uniform, as people do; 2 s on average), submits (POST), and starts again
 *   with the next link — the submissions per second and their p50/p95/p99 are the figures;</li>
 *   <li>saturation: 2 000 respondents with no reading time, 500 at once — what the machine does at most;</li>
 *   <li>the count: responses stored equal submissions accepted, and a replay of every link adds none.</li>
 * </ol>
 * Run: {@code docs/measure/survey-load.sh [seconds]} (default 60). The load generator shares the
 * machine's two cores with the server and its database.
 */
public final class SurveyLoad {

    private static final Pattern FIELD = Pattern.compile("name=\"(a\\.[^\"]+)\"");
    private static final int RESPONDENTS = 500;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        var dataDir = Files.createTempDirectory("opscharter-survey-load");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OpsCharterApplication.class).run(
                "--opscharter.data-dir=" + dataDir, "--opscharter.demo=true", "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--jobrunr.background-job-server.enabled=false")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var links = SurveyLinks.of(context);
            var campaign = links.open("Load " + System.currentTimeMillis());
            // enough for the paced run at 3x the target rate, the warm-up and the saturation run
            var tokens = new ConcurrentLinkedQueue<String>();
            for (int batch = 0; batch < (600 * seconds + 3_500) / 1_000 + 1; batch++) {
                tokens.addAll(links.links(campaign, 1_000));
            }
            var base = "http://localhost:" + port + "/s/";
            var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            var used = new ArrayList<String>();

            var warmUp = drain(tokens, 1_000, used);
            run(client, base, warmUp, 50, 0);

            // opened only, never submitted: not among the links the replay sends again
            var open = drain(tokens, RESPONDENTS, new ArrayList<>());
            System.out.printf("heap retained per open page: %,d bytes (%d pages opened, after GC)%n",
                    retainedPerPage(client, base, open), open.size());

            var paced = paced(client, base, tokens, used, seconds);
            System.out.printf("%d respondents reading 1–3 s, %d s: %,d accepted, %,d refused, %,d failed"
                            + " = %.0f submissions/s%n", RESPONDENTS, seconds, paced.accepted.get(),
                    paced.refused.get(), paced.failed.get(), paced.accepted.get() / paced.seconds);
            System.out.println("  submit (POST) " + percentiles(paced.posts));
            System.out.println("  page   (GET)  " + percentiles(paced.gets));

            var saturation = run(client, base, drain(tokens, 2_000, used), RESPONDENTS, 0);
            System.out.printf("saturation, no reading time, %d at once: %,d accepted in %.1f s = %.0f submissions/s%n",
                    RESPONDENTS, saturation.accepted.get(), saturation.seconds,
                    saturation.accepted.get() / saturation.seconds);
            System.out.println("  submit (POST) " + percentiles(saturation.posts));

            long accepted = warmUp.size() + paced.accepted.get() + saturation.accepted.get();
            var replay = run(client, base, used, 50, 0);
            long stored = context.getBean(Responses.class).count(campaign.id());
            System.out.printf("replay of all %,d links used: %,d accepted%n", used.size(), replay.accepted.get());
            System.out.printf("responses stored %,d = submissions accepted %,d: %s%n", stored, accepted,
                    stored == accepted && replay.accepted.get() == 0 ? "yes" : "NO");
        }
    }

    private static List<String> drain(ConcurrentLinkedQueue<String> tokens, int count, List<String> used) {
        var taken = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            taken.add(tokens.remove());
        }
        used.addAll(taken);
        return taken;
    }

    /** What opened pages leave on the server: heap after GC with them opened, minus before. */
    private static long retainedPerPage(HttpClient client, String base, List<String> tokens) throws Exception {
        long before = usedAfterGc();
        // counted, not kept: this JVM is also the server, and kept bodies would count as the server's
        var opened = new AtomicInteger();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var token : tokens) {
                executor.submit(() -> {
                    var page = client.send(HttpRequest.newBuilder(URI.create(base + token)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (page.headers().firstValue("Set-Cookie").isPresent()) {
                        throw new IllegalStateException("the respondent's page set a cookie");
                    }
                    return opened.incrementAndGet();
                });
            }
        }
        if (opened.get() != tokens.size()) {
            throw new IllegalStateException("not every page opened");
        }
        return Math.max(0, (usedAfterGc() - before) / tokens.size());
    }

    private static long usedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** {@link #RESPONDENTS} people answering link after link, each reading 1–3 s, for {@code seconds}. */
    private static Run paced(HttpClient client, String base, ConcurrentLinkedQueue<String> tokens, List<String> used,
                             int seconds) throws InterruptedException {
        var run = new Run();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        var taken = new ConcurrentLinkedQueue<String>();
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < RESPONDENTS; i++) {
                executor.submit(() -> {
                    // start spread over the first two seconds, as people do not arrive on the same millisecond
                    Thread.sleep(ThreadLocalRandom.current().nextLong(2_000));
                    String token;
                    while (System.nanoTime() < end && (token = tokens.poll()) != null) {
                        taken.add(token);
                        try {
                            respond(client, base + token, run, 1_000 + ThreadLocalRandom.current().nextLong(2_000));
                        } catch (Exception e) {
                            run.failed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        run.seconds = (System.nanoTime() - start) / 1e9;
        used.addAll(taken);
        return run;
    }

    private static Run run(HttpClient client, String base, List<String> tokens, int concurrency, long readingMs)
            throws InterruptedException {
        var run = new Run();
        var queue = new ConcurrentLinkedQueue<>(tokens);
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                executor.submit(() -> {
                    String token;
                    while ((token = queue.poll()) != null) {
                        try {
                            respond(client, base + token, run, readingMs);
                        } catch (Exception e) {
                            run.failed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        run.seconds = (System.nanoTime() - start) / 1e9;
        return run;
    }

    /** One respondent: opens the page, reads it, answers every item it asks (scores 2 to 5), submits. */
    private static void respond(HttpClient client, String link, Run run, long readingMs) throws Exception {
        long t0 = System.nanoTime();
        var page = client.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
        run.gets.add(System.nanoTime() - t0);
        var fields = new LinkedHashSet<String>();
        FIELD.matcher(page.body()).results().forEach(m -> fields.add(m.group(1)));
        if (fields.isEmpty()) {
            run.refused.incrementAndGet();
            return;
        }
        if (readingMs > 0) {
            Thread.sleep(readingMs); // the person reading and answering: modelled time, not a wait for the server
        }
        var body = fields.stream().map(f -> enc(f) + "=" + (2 + Math.floorMod(f.hashCode(), 4)))
                .collect(Collectors.joining("&")) + "&comment=" + enc("负载测试 load test");
        long t1 = System.nanoTime();
        var answer = client.send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        run.posts.add(System.nanoTime() - t1);
        if (answer.statusCode() == 303) {
            run.accepted.incrementAndGet();
        } else {
            run.refused.incrementAndGet();
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String percentiles(ConcurrentLinkedQueue<Long> nanos) {
        var sorted = nanos.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "none";
        }
        return String.format("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (%,d requests)",
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.getLast() / 1e6, sorted.size());
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static final class Run {
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> gets = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> posts = new ConcurrentLinkedQueue<>();
        double seconds;
    }
}
