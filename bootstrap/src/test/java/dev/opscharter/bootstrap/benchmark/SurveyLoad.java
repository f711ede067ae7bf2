package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.application.survey.port.out.Responses;
import dev.opscharter.bootstrap.testing.SurveyLinks;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * The respondent's page under load (issue 13, item 7), on the real application (embedded, durable
 * PostgreSQL) in this JVM, with one open campaign and a link per respondent. The respondents
 * ({@link SurveyRespondents}) run in a second JVM on the same two cores:
 * <ol>
 *   <li>warm-up: 6 000 respondents, 100 at once, not counted;</li>
 *   <li>the heap an open page keeps on the server: 500 pages opened at once, this JVM's heap after GC
 *   minus before — on new connections (which the server then keeps alive, and counts), then over those;</li>
 *   <li><b>500 concurrent respondents</b> for {@code seconds}: each opens the page (GET), reads and
 *   answers it for 1–3 s (uniform, as people do; 2 s on average), submits (POST) as a browser does, and
 *   starts again with the next link — the submissions per second and their p50/p95/p99 are the figures;</li>
 *   <li>saturation: 2 000 respondents with no reading time, 500 at once — what the machine does at most;</li>
 *   <li>the count: responses stored equal submissions accepted, and a replay of every link adds none.</li>
 * </ol>
 * Run: {@code docs/measure/survey-load.sh [seconds]} (default 60).
 */
public final class SurveyLoad {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        var dataDir = Files.createTempDirectory("opscharter-survey-load");
        try (ConfigurableApplicationContext context = BenchmarkApp.demo(dataDir)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var links = SurveyLinks.of(context);
            var campaign = links.open("Load " + System.currentTimeMillis());
            // enough for the paced run at 3x the target rate, the warm-up, the open pages and the saturation run
            var tokens = new ArrayList<String>();
            for (int batch = 0; batch < (600 * seconds + SurveyRespondents.WARM_UP + 3_000) / 1_000 + 1; batch++) {
                tokens.addAll(links.links(campaign, 1_000));
            }
            var file = Files.write(dataDir.resolve("links.txt"), tokens);
            var respondents = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), SurveyRespondents.class.getName(),
                    "http://localhost:" + port + "/s/", file.toString(), Integer.toString(seconds))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            var responses = context.getBean(Responses.class);
            try (var said = new BufferedReader(new InputStreamReader(respondents.getInputStream(),
                    StandardCharsets.UTF_8));
                 var answer = new PrintWriter(respondents.getOutputStream(), true, StandardCharsets.UTF_8)) {
                long before = 0;
                String line;
                while ((line = said.readLine()) != null) {
                    var words = line.split(" ");
                    switch (words[0]) {
                        case "@heap-before" -> before = usedAfterGc();
                        case "@heap-after" -> System.out.printf(
                                "heap retained per open page: %,d bytes (%s pages opened at once on %s connections,"
                                        + " after GC)%n",
                                Math.max(0, (usedAfterGc() - before) / Long.parseLong(words[1])), words[1], words[2]);
                        case "@count" -> {
                            long accepted = Long.parseLong(words[1]);
                            long stored = responses.count(campaign.id());
                            System.out.printf("responses stored %,d = submissions accepted %,d: %s%n", stored,
                                    accepted, stored == accepted && "0".equals(words[2]) ? "yes" : "NO");
                        }
                        default -> {
                            System.out.println(line);
                            continue;
                        }
                    }
                    answer.println("done");
                }
            }
            if (respondents.waitFor() != 0) {
                throw new IllegalStateException("the respondents' JVM failed");
            }
        }
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
}
