import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium behind the load balancer: each user gets a browser context of their own whose
 * load-balancer cookie pins it to one instance before signing in, as if HAProxy had chosen that
 * instance for them. A Playwright instance serves one thread only, so each thread opens its own.
 */
final class Browsers implements AutoCloseable {

    static final double WAIT_MS = 60_000;

    private final Playwright playwright;
    private final Browser browser;
    private final String base;
    private final String cookie;

    Browsers(String base) {
        this.base = base;
        this.cookie = System.getenv().getOrDefault("LB_COOKIE", "OPSCHARTER_NODE");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu")));
    }

    /** A page of {@code user} signed in through the load balancer on the instance whose cookie is {@code node}. */
    Page signedIn(String user, String password, String node) {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(WAIT_MS);
        context.setDefaultNavigationTimeout(WAIT_MS);
        context.addCookies(List.of(new Cookie(cookie, node).setUrl(base)));
        var page = context.newPage();
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(user);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("vaadin-app-layout").waitFor(new Locator.WaitForOptions().setTimeout(WAIT_MS));
        return page;
    }

    /** The instance HAProxy's cookie now names for this page's context ("a", "b"), or "?" without one. */
    String node(BrowserContext context) {
        return context.cookies(base).stream().filter(c -> c.name.equals(cookie)).map(c -> c.value)
                .findFirst().orElse("?");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
