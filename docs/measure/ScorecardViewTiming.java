import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long the scorecard view takes to open in a real browser: from clicking its menu entry (a
 * Vaadin navigation, as users do) until the last part of the page, the 8-quarter trend, is shown.
 * Signs in as the demo director, opens the scorecard of the given period N times (after W warm-up
 * rounds) and prints the median and the worst time.
 *
 * <pre>java -cp "$(cat cp.txt)" docs/measure/ScorecardViewTiming.java http://localhost:8080 2026-Q2 20 5</pre>
 * ({@code cp.txt} from {@code ./mvnw -pl bootstrap dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=cp.txt}: Playwright is a test dependency; Chromium from {@code /usr/bin/chromium}).
 */
public class ScorecardViewTiming {

    private static void report(String how, String period, List<Long> times) {
        times.sort(null);
        System.out.printf("scorecard view %s, %s, %d rounds: median %d ms, p90 %d ms, worst %d ms%n", period, how,
                times.size(), times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.9) - 1),
                times.getLast());
    }

    public static void main(String[] args) {
        var base = args[0];
        var period = args.length > 1 ? args[1] : "2026-Q2";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu")));
            var page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            page.navigate(base + "/login");
            page.locator("vaadin-login-form input[name='username']").fill("director");
            page.locator("vaadin-login-form input[name='password']").fill("opscharter-demo");
            page.locator("vaadin-login-form input[name='password']").press("Enter");
            page.waitForURL(u -> !u.contains("/login"));

            var times = new ArrayList<Long>();
            for (int i = 0; i < warmup + rounds; i++) {
                page.navigate(base + "/charter");
                page.locator("#charter-version-title").waitFor();
                long start = System.nanoTime();
                // a router link in the page, as the side navigation uses: no full page load
                page.evaluate("p => { const a = document.createElement('a'); a.href = 'appraisal/scorecard?period=' + p;"
                        + " a.setAttribute('router-link', ''); a.id = 'timing-link'; document.body.appendChild(a); a.click(); }",
                        period);
                page.locator("#scorecard-trend svg").first().waitFor();
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (i >= warmup) {
                    times.add(millis);
                }
            }
            report("in-app navigation", period, times);

            // the same page opened by its address: a full page load with a new UI
            var loads = new ArrayList<Long>();
            for (int i = 0; i < warmup + rounds; i++) {
                long start = System.nanoTime();
                page.navigate(base + "/appraisal/scorecard?period=" + period);
                page.locator("#scorecard-trend svg").first().waitFor();
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (i >= warmup) {
                    loads.add(millis);
                }
            }
            report("full page load", period, loads);
            browser.close();
        }
    }
}
