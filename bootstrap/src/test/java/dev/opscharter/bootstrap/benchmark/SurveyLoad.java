package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.bootstrap.OpsCharterApplication;
import dev.opscharter.bootstrap.testing.SurveyLinks;
import dev.opscharter.domain.shared.Language;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The respondent's page under load (issue 13, item 7), on the real application (embedded, durable
 * PostgreSQL) in this JVM: {@code respondents} links to one open campaign, answered by
 * {@code concurrency} respondents at once, each opening the page (GET) and submitting it (POST) as
 * a browser does. Prints submissions per second over the whole run, the p50/p95/p99 of the
 * submissions and the pages, the heap an open page retains, and the count check: responses stored
 * equal submissions accepted, and a replay of every link adds none.
 *
 * <p>Run: {@code docs/measure/survey-load.sh [respondents] [concurrency]} (defaults 2 000 and 500).
 * The load generator shares the machine's two cores with the server, so the figures are what one
 * 2-core machine does for both.
 */
public final class SurveyLoad {

    private static final Pattern FIELD = Pattern.compile("name=\"(a\\.[^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int respondents = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        var dataDir = Files.createTempDirectory("opscharter-survey-load");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OpsCharterApplication.class).run(
                "--opscharter.data-dir=" + dataDir, "--opscharter.demo=true", "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--jobrunr.background-job-server.enabled=false", "--server.tomcat.threads.max=200")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var links = SurveyLinks.of(context);
            var campaign = links.open("Load " + System.currentTimeMillis());
            var tokens = new ArrayList<String>();
            for (int i = 0; i < respondents; i++) {
                tokens.add(links.link(campaign, i % 2 == 0 ? Language.ZH_CN : Language.EN));
            }
            var base = "http://localhost:" + port + "/s/";
            var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            var retained = retainedPerPage(client, base, tokens.subList(0, Math.min(concurrency, tokens.size())));
            System.out.printf("heap retained per open page: %,d bytes (%d pages open at once, after GC)%n",
                    retained, Math.min(concurrency, tokens.size()));

            var run = run(client, base, tokens, concurrency);
            System.out.printf("%,d respondents, %d at once: %,d accepted, %,d refused, %,d failed in %.1f s"
                            + " = %.0f submissions/s%n", respondents, concurrency, run.accepted.get(),
                    run.refused.get(), run.failed.get(), run.seconds, run.accepted.get() / run.seconds);
            System.out.println("submit (POST) " + percentiles(run.posts));
            System.out.println("page   (GET)  " + percentiles(run.gets));

            var replay = run(client, base, tokens, concurrency);
            long stored = context.getBean(Responses.class).count(campaign.id());
            System.out.printf("replay of every link: %,d accepted%n", replay.accepted.get());
            System.out.printf("responses stored %,d = submissions accepted %,d: %s%n", stored, run.accepted.get(),
                    stored == run.accepted.get() && replay.accepted.get() == 0 ? "yes" : "NO");
        }
    }

    /** What a respondent's open page leaves on the server: heap after GC with the pages open, minus before. */
    private static long retainedPerPage(HttpClient client, String base, List<String> tokens) throws Exception {
        long before = usedAfterGc();
        // counted, not kept: this JVM is also the server, and kept bodies would count as the server's
        var opened = new AtomicInteger();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var token : tokens) {
                executor.submit(() -> {
                    var page = client.send(HttpRequest.newBuilder(URI.create(base + token)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (page.headers().firstValue("Set-Cookie").isPresent()) {
                        throw new IllegalStateException("the respondent's page set a cookie");
                    }
                    return opened.incrementAndGet();
                });
            }
        }
        long after = usedAfterGc();
        if (opened.get() != tokens.size()) {
            throw new IllegalStateException("not every page opened");
        }
        return Math.max(0, (after - before) / tokens.size());
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

    private static Run run(HttpClient client, String base, List<String> tokens, int concurrency) throws Exception {
        var run = new Run();
        var gate = new Semaphore(concurrency);
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var token : tokens) {
                gate.acquire();
                executor.submit(() -> {
                    try {
                        respond(client, base + token, run);
                    } catch (Exception e) {
                        run.failed.incrementAndGet();
                    } finally {
                        gate.release();
                    }
                });
            }
        }
        run.seconds = (System.nanoTime() - start) / 1e9;
        return run;
    }

    /** One respondent: opens the page, answers every item it asks (scores 2 to 5), submits. */
    private static void respond(HttpClient client, String link, Run run) throws Exception {
        long t0 = System.nanoTime();
        var page = client.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
        run.gets.add(System.nanoTime() - t0);
        var fields = new LinkedHashSet<String>();
        FIELD.matcher(page.body()).results().forEach(m -> fields.add(m.group(1)));
        if (fields.isEmpty()) {
            run.refused.incrementAndGet();
            return;
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
