import com.microsoft.playwright.Page;

import java.util.ArrayList;

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
        try (var chromium = new SignedInChromium(base, "bench.manager", "opscharter-bench")) {
            var page = chromium.page;
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
            System.out.println("check results view, " + SignedInChromium.summary(checkTimes));
            System.out.println("deviating case view, " + SignedInChromium.summary(caseTimes));
        }
    }
}
