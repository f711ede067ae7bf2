import java.util.ArrayList;

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

    public static void main(String[] args) {
        var base = args[0];
        var period = args.length > 1 ? args[1] : "2026-Q2";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        try (var chromium = new SignedInChromium(base, "director", "opscharter-demo")) {
            var page = chromium.page;

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
            System.out.println("scorecard view " + period + ", in-app navigation, " + SignedInChromium.summary(times));

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
            System.out.println("scorecard view " + period + ", full page load, " + SignedInChromium.summary(loads));
        }
    }
}
