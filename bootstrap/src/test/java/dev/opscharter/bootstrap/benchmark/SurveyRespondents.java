package dev.opscharter.bootstrap.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The respondents of {@link SurveyLoad}, in a JVM of their own so that their work (HTTP client, parsing,
 * garbage) is not counted as the server's heap nor pauses it; they share the machine's two cores with it.
 * Talks to {@code SurveyLoad} over standard input and output: lines starting with {@code @} are requests
 * to it (measure the heap now, count the responses stored), the others are results it prints.
 * <p>Arguments: the page's base URL ({@code http://localhost:P/s/}), the file of links (one token a line),
 * the seconds of the paced run.
 */
public final class SurveyRespondents {

    static final int RESPONDENTS = 500;
    static final int WARM_UP = 6_000;
    private static final Pattern FIELD = Pattern.compile("name=\"(a\\.[^\"]+)\"");
    /** What a browser posts besides the answers: the page's hidden fields (its language). */
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final BufferedReader server = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    private SurveyRespondents(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        var tokens = new ConcurrentLinkedQueue<>(Files.readAllLines(Path.of(args[1])));
        new SurveyRespondents(args[0]).run(tokens, Integer.parseInt(args[2]));
    }

    private void run(ConcurrentLinkedQueue<String> tokens, int seconds) throws Exception {
        var used = new ArrayList<String>();
        // long enough for the JIT to compile the server's path: measured, the first ~30 s of a shorter
        // warm-up ran with the CPU full of compilation and doubled the p95
        var warmUp = drain(tokens, WARM_UP, used);
        run(warmUp, 100, 0);

        // opened only, never submitted: not among the links the replay sends again. First on connections
        // of their own (the server then keeps 500 connections alive as well), then 500 more pages over
        // those connections: what the pages themselves leave.
        for (var connections : List.of("new", "kept-alive")) {
            var open = drain(tokens, RESPONDENTS, new ArrayList<>());
            ask("@heap-before");
            open(open);
            ask("@heap-after " + open.size() + " " + connections);
        }

        var paced = paced(tokens, used, seconds);
        System.out.printf("%d respondents reading 1–3 s, %d s: %,d accepted, %,d refused, %,d failed"
                        + " = %.0f submissions/s%n", RESPONDENTS, seconds, paced.accepted.get(),
                paced.refused.get(), paced.failed.get(), paced.accepted.get() / paced.seconds);
        System.out.println("  submit (POST) " + percentiles(paced.posts));
        System.out.println("  page   (GET)  " + percentiles(paced.gets));

        var saturation = run(drain(tokens, 2_000, used), RESPONDENTS, 0);
        System.out.printf("saturation, no reading time, %d at once: %,d accepted in %.1f s = %.0f submissions/s%n",
                RESPONDENTS, saturation.accepted.get(), saturation.seconds,
                saturation.accepted.get() / saturation.seconds);
        System.out.println("  submit (POST) " + percentiles(saturation.posts));

        long accepted = warmUp.size() + paced.accepted.get() + saturation.accepted.get();
        var replay = run(used, 50, 0);
        System.out.printf("replay of all %,d links used: %,d accepted%n", used.size(), replay.accepted.get());
        ask("@count " + (accepted + replay.accepted.get()) + " " + replay.accepted.get());
    }

    /** A request to {@link SurveyLoad}; returns once it has answered. */
    private void ask(String request) throws Exception {
        System.out.println(request);
        System.out.flush();
        if (server.readLine() == null) {
            throw new IllegalStateException("the server's side went away");
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

    /** Opens every page at once, as many people who have their link open and are reading. */
    private void open(List<String> tokens) throws InterruptedException {
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
    }

    /** {@link #RESPONDENTS} people answering link after link, each reading 1–3 s, for {@code seconds}. */
    private Run paced(ConcurrentLinkedQueue<String> tokens, List<String> used, int seconds)
            throws InterruptedException {
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
                            respond(base + token, run, 1_000 + ThreadLocalRandom.current().nextLong(2_000));
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

    private Run run(List<String> tokens, int concurrency, long readingMs) throws InterruptedException {
        var run = new Run();
        var queue = new ConcurrentLinkedQueue<>(tokens);
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                executor.submit(() -> {
                    String token;
                    while ((token = queue.poll()) != null) {
                        try {
                            respond(base + token, run, readingMs);
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

    /** One respondent: opens the page, reads it, answers every item it asks (scores 2 to 5), submits as a browser does. */
    private void respond(String link, Run run, long readingMs) throws Exception {
        long t0 = System.nanoTime();
        var page = client.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
        run.gets.add(System.nanoTime() - t0);
        var fields = new LinkedHashSet<String>();
        FIELD.matcher(page.body()).results().forEach(m -> fields.add(m.group(1)));
        if (fields.isEmpty()) {
            run.refused.incrementAndGet();
            return;
        }
        var hidden = HIDDEN.matcher(page.body()).results().map(m -> enc(m.group(1)) + "=" + enc(m.group(2)))
                .collect(Collectors.joining("&"));
        if (hidden.isEmpty()) {
            throw new IllegalStateException("the page has no hidden language field: the load would not be a browser's");
        }
        if (readingMs > 0) {
            Thread.sleep(readingMs); // the person reading and answering: modelled time, not a wait for the server
        }
        var body = fields.stream().map(f -> enc(f) + "=" + (2 + Math.floorMod(f.hashCode(), 4)))
                .collect(Collectors.joining("&")) + "&" + hidden + "&comment=" + enc("负载测试 load test");
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
