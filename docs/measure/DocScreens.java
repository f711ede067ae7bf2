import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;

/**
 * java -cp "$(cat bootstrap/target/driver-classpath.txt)" docs/measure/DocScreens.java http://localhost:8080 OUTDIR:
 * the README's screenshots (docs/*.png) from a running demo, signed in as the demo users, at 1366×768,
 * in Chinese: dashboard, charter, work waiting for the IT lead, scorecard, the figures screen, the audit
 * trail, and a work item's dialog with its history link.
 */
public class DocScreens {
    static void shot(Page p, String out, boolean full) {
        // a picture for people, not a test: give charts and fonts a moment to settle
        p.waitForTimeout(2500);
        p.screenshot(new Page.ScreenshotOptions().setPath(Paths.get(out)).setFullPage(full));
        System.out.println(out);
    }

    public static void main(String[] a) throws Exception {
        var base = a[0];
        var out = a[1];
        try (var c = new SignedInChromium(base, "manager", "opscharter-demo")) {
            var p = c.page;
            p.setViewportSize(1366, 768);
            p.navigate(base + "/");
            shot(p, out + "/dashboard.png", false);
            p.navigate(base + "/charter");
            shot(p, out + "/charter.png", false);
            var today = java.time.LocalDate.now();
            int q = (today.getMonthValue() - 1) / 3 + 1;
            var last = q == 1 ? (today.getYear() - 1) + "-Q4" : today.getYear() + "-Q" + (q - 1);
            p.navigate(base + "/appraisal/scorecard?period=" + last);
            shot(p, out + "/scorecard.png", false);
            p.navigate(base + "/appraisal/scorecard?period=" + today.getYear() + "-Q" + q);
            p.locator("#scorecard-enter-figures").click();
            p.locator("#figures-sheet-download").waitFor();
            shot(p, out + "/figures.png", false);
        }
        try (var c = new SignedInChromium(base, "it.lead", "opscharter-demo")) {
            var p = c.page;
            p.setViewportSize(1366, 768);
            p.navigate(base + "/charter/work-items?awaiting=me");
            shot(p, out + "/work-waiting.png", false);
        }
        try (var c = new SignedInChromium(base, "director", "opscharter-demo")) {
            var p = c.page;
            p.setViewportSize(1366, 768);
            p.navigate(base + "/charter/work-items");
            p.locator("#work-items-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("订单系统")).first().click();
            p.locator("#work-items-details").click();
            p.locator("#work-item-details-history").waitFor();
            shot(p, out + "/work-item-history.png", false);
        }
        try (var c = new SignedInChromium(base, "auditor", "opscharter-demo")) {
            var p = c.page;
            p.setViewportSize(1366, 768);
            p.navigate(base + "/admin/audit");
            p.locator("#audit-grid").waitFor(new Locator.WaitForOptions());
            shot(p, out + "/audit-trail.png", false);
        }
    }
}
