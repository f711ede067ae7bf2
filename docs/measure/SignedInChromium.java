import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium signed in to a running OpsCharter, for the timing scripts in this folder (Java
 * launches them together with this file: a multi-file source program). Playwright is told not to
 * download a browser; Chromium comes from {@code /usr/bin/chromium} or {@code CHROMIUM}.
 */
final class SignedInChromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;
    final Page page;

    SignedInChromium(String base, String user, String password) {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu")));
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(user);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        // the first page of a fresh instance may take a while (dev mode): wait for the layout
        page.locator("vaadin-app-layout").waitFor(new Locator.WaitForOptions().setTimeout(180_000));
    }

    /** "20 rounds: median 298 ms, p90 332 ms, worst 429 ms" (sorts the times). */
    static String summary(List<Long> times) {
        times.sort(null);
        return "%d rounds: median %d ms, p90 %d ms, worst %d ms".formatted(times.size(), times.get(times.size() / 2),
                times.get((int) Math.ceil(times.size() * 0.9) - 1), times.getLast());
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
