// Cross-check for SessionLoad.java: opens N signed-in sessions with real headless Chromium (one
// browser context, i.e. one cookie jar, per session), waits until each shows the dashboard, and
// keeps them open until Enter is pressed (closing a page sends Vaadin's unload beacon, which closes
// its UI), so the server's heap can be measured meanwhile. Needs Playwright from ~/.m2 and Chromium:
//
//   M2=~/.m2/repository; CP=$(ls $M2/com/microsoft/playwright/{playwright,driver,driver-bundle}/1.62.0/*.jar \
//       $M2/com/google/code/gson/gson/2.13.2/gson-2.13.2.jar | paste -sd:)
//   java -cp "$CP" docs/measure/BrowserSessions.java http://localhost:8080 10
//
// Prints "READY n" when all n dashboards are up, then waits for a line on standard input.

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

void main(String[] args) throws Exception {
    String base = args[0];
    int n = Integer.parseInt(args[1]);
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    try (var playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(chromium))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        for (int i = 0; i < n; i++) {
            var page = browser.newContext().newPage();
            page.navigate(base + "/login");
            page.locator("vaadin-login-form input[name=username]").fill("manager");
            page.locator("vaadin-login-form input[name=password]").fill("opscharter-demo");
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            page.waitForSelector("#dashboard-greeting");
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        }
        System.out.println("READY " + n);
        System.out.flush();
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
        browser.close();
    }
}
