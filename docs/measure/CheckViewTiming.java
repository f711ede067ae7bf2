import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long the results of a big compliance check take to open in a real browser: from clicking a
 * link to the check (a Vaadin navigation, as from the list of checks) until the worst cases are
 * shown, and the same for one of its deviating cases (events on a timeline, each deviation in
 * words). Runs against {@code CheckBenchmark} left serving ({@code -Dbench.serve=true}), signed in
 * as {@code bench.manager}; prints the median, p90 and worst of N rounds after W warm-up rounds.
 *
 * <pre>java -cp "$(cat cp.txt)" docs/measure/CheckViewTiming.java http://localhost:8095 CHECK_ID CASE_PATH 20 5</pre>
 * (the benchmark prints each check's id and the path of its worst case)
 */
public class CheckViewTiming {

    private static void report(String what, List<Long> times) {
        times.sort(null);
        System.out.printf("%s, %d rounds: median %d ms, p90 %d ms, worst %d ms%n", what, times.size(),
                times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.9) - 1), times.getLast());
    }

    /** Navigates in the page through a router link, as the application's own links do. */
    private static long open(Page page, String path, String shown) {
        long start = System.nanoTime();
        page.evaluate("p => { const a = document.createElement('a'); a.href = p; a.setAttribute('router-link', '');"
                + " document.body.appendChild(a); a.click(); a.remove(); }", path);
        page.locator(shown).first().waitFor();
        return (System.nanoTime() - start) / 1_000_000;
    }

    public static void main(String[] args) {
        var base = args[0];
        var check = args[1];
        var caseView = args[2];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        try (var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu")));
            var page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
            page.navigate(base + "/login");
            page.locator("vaadin-login-form input[name='username']").fill("bench.manager");
            page.locator("vaadin-login-form input[name='password']").fill("opscharter-bench");
            page.locator("vaadin-login-form input[name='password']").press("Enter");
            page.waitForURL(u -> !u.contains("/login"));
            // the first page of a fresh instance may take a while (dev mode): wait for the layout
            page.locator("vaadin-app-layout").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setTimeout(180_000));

            var checkTimes = new ArrayList<Long>();
            var caseTimes = new ArrayList<Long>();
            for (int i = 0; i < warmup + rounds; i++) {
                open(page, "compliance/checks", "#checks-grid");
                long checkMillis = open(page, "compliance/checks/" + check, "#check-worst vaadin-grid-cell-content");
                // the worst case of the check: its events and deviations
                long caseMillis = open(page, caseView, "#case-deviations");
                if (i >= warmup) {
                    checkTimes.add(checkMillis);
                    caseTimes.add(caseMillis);
                }
            }
            report("check results view", checkTimes);
            report("deviating case view", caseTimes);
            browser.close();
        }
    }
}
