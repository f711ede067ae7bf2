package dev.opscharter.bootstrap.e2e;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Headless Debian Chromium driven by Playwright (no browser download). Outside CI a machine
 * without Chromium skips the browser tests; in CI ({@code CI} set) a missing Chromium fails them.
 *
 * <p>The tests wait for conditions, never for a fixed time, and give each condition a generous
 * deadline: on a 2-core machine busy with other builds a server round trip can take seconds, so
 * Playwright's defaults (5 s for an assertion, 30 s for an action) fail tests that would pass.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    /** How long an assertion, an action or a navigation may wait for its condition. */
    static final double DEADLINE_MS = 60_000;

    private final Playwright playwright;
    final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE), "Chromium is not installed at " + EXECUTABLE);
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(DEADLINE_MS);
        var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    /** A new browser context (a user's browser) whose actions and navigations wait up to the deadline. */
    BrowserContext newContext(Browser.NewContextOptions options) {
        var context = browser.newContext(options);
        context.setDefaultTimeout(DEADLINE_MS);
        context.setDefaultNavigationTimeout(DEADLINE_MS);
        return context;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /** Signs a demo user in through the login form and waits until the app has left the login page. */
    static void signIn(Page page, int port, String username) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill("opscharter-demo");
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Picks an item of a Vaadin combo box by its text, and waits until the box shows it: typing filters
     * the list on the server, and on a busy machine a click may land on an item of the list before the
     * filter answered, or on a placeholder of one still loading.
     */
    static void choose(Page page, String comboBox, String item) {
        var input = page.locator(comboBox + " input");
        input.fill(item);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
        // the pattern runs in the browser: JavaScript knows no \Q…\E quoting, so the item is escaped by hand
        var literal = item.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        PlaywrightAssertions.assertThat(input).hasValue(Pattern.compile(".*" + literal + ".*"));
    }

    /**
     * The families of the fonts Chromium drew the text of the element with (its DevTools protocol
     * knows them; the page cannot tell): which fonts a screen really depends on.
     */
    static List<String> fontFamiliesOf(BrowserContext context, Page page, String selector) {
        var devTools = context.newCDPSession(page);
        devTools.send("DOM.enable");
        devTools.send("CSS.enable");
        var root = devTools.send("DOM.getDocument").getAsJsonObject("root").get("nodeId").getAsInt();
        var query = new JsonObject();
        query.addProperty("nodeId", root);
        query.addProperty("selector", selector);
        var node = new JsonObject();
        node.addProperty("nodeId", devTools.send("DOM.querySelector", query).get("nodeId").getAsInt());
        var families = new ArrayList<String>();
        devTools.send("CSS.getPlatformFontsForNode", node).getAsJsonArray("fonts")
                .forEach(font -> families.add(font.getAsJsonObject().get("familyName").getAsString()));
        devTools.detach();
        return families;
    }

    /**
     * One browser for a test class: {@code @RegisterExtension static final Chromium.PerClass chromium
     * = new Chromium.PerClass();} then {@code chromium.browser()}.
     */
    static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private Chromium chromium;

        Browser browser() {
            return chromium.browser;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            chromium = launch();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (chromium != null) {
                chromium.close();
            }
        }
    }
}
