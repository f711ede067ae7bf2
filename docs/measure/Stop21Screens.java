import com.microsoft.playwright.Page;
import java.nio.file.Paths;

/**
 * java -cp "$(cat bootstrap/target/driver-classpath.txt)" docs/measure/Stop21Screens.java http://localhost:8080 OUTDIR:
 * the screens issue 12 changed (the figures screen with its Excel sheet, corrective actions, my settings,
 * the standards form, the audit trail), signed in as the demo users, at 1366×768, in Chinese.
 */
public class Stop21Screens {
    static void shot(Page p, String out, boolean full) {
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
            var today = java.time.LocalDate.now();
            int q = (today.getMonthValue() - 1) / 3 + 1;
            p.navigate(base + "/appraisal/scorecard?period=" + today.getYear() + "-Q" + q);
            p.locator("#scorecard-enter-figures").click();
            p.locator("#figures-sheet-download").waitFor();
            shot(p, out + "/figures.png", false);
            p.keyboard().press("Escape");
            p.navigate(base + "/compliance/actions");
            shot(p, out + "/actions.png", false);
            p.navigate(base + "/");
            p.locator("#my-settings").click();
            shot(p, out + "/my-settings.png", false);
        }
        try (var c = new SignedInChromium(base, "director", "opscharter-demo")) {
            var p = c.page;
            p.setViewportSize(1366, 768);
            p.navigate(base + "/appraisal/standards");
            p.locator("#standards-adjust").click();
            var threshold = p.locator("#threshold-CUSTOMER_SATISFACTION input");
            threshold.fill("99");
            threshold.press("Tab");
            shot(p, out + "/standards-preview.png", false);
        }
        try (var c = new SignedInChromium(base, "auditor", "opscharter-demo")) {
            var p = c.page;
            p.setViewportSize(1366, 768);
            p.navigate(base + "/admin/audit");
            shot(p, out + "/audit-trail.png", false);
        }
    }
}
