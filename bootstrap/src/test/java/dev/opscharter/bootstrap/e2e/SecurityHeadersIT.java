package dev.opscharter.bootstrap.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers a security review looks for, on pages, static resources and the public health
 * endpoint; the session cookie marked Secure behind a TLS-terminating proxy; and the application
 * still working in a real browser under its Content-Security-Policy, JobRunr's dashboard included.
 * Same context as {@code JobsDashboardIT}.
 */
@RunningApplicationTest
class SecurityHeadersIT {

    @RegisterExtension
    static final Chromium.PerClass chromium = new Chromium.PerClass();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        // no Accept header: Vaadin then has Spring Security's filter chain skip some requests
        for (var path : List.of("/login", "/styles.css", "/actuator/health", "/charter", "/VAADIN/no-such-file")) {
            var response = get(path, HttpRequest.newBuilder());
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'")
                            .contains("frame-ancestors 'none'").contains("object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).isPresent();
        }
    }

    @Test
    void the_session_cookie_is_secure_when_a_proxy_says_the_request_came_over_https() throws Exception {
        var plain = get("/login", HttpRequest.newBuilder());
        assertThat(sessionCookie(plain)).doesNotContainIgnoringCase("secure");

        var proxied = get("/login", HttpRequest.newBuilder().header("X-Forwarded-Proto", "https"));
        assertThat(sessionCookie(proxied)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void the_application_works_under_its_content_security_policy() {
        var violations = new CopyOnWriteArrayList<String>();
        try (var context = browserContext(violations)) {
            var page = context.newPage();
            Chromium.signIn(page, port, "director");
            page.locator("#dashboard-greeting").waitFor(); // a first page is slow on a busy machine

            page.navigate("http://localhost:" + port + "/appraisal/scorecard");
            page.locator("#scorecard-trend").waitFor();

            page.navigate("http://localhost:" + port + "/compliance/checks");
            page.locator("vaadin-grid").first().waitFor();
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void jobrunrs_dashboard_works_under_the_policy_which_keeps_it_from_calling_home() {
        var violations = new CopyOnWriteArrayList<String>();
        try (var context = browserContext(violations)) {
            var page = context.newPage();
            Chromium.signIn(page, port, "admin");
            page.navigate("http://localhost:" + port + "/dashboard/");
            page.locator("#root *").first().waitFor();
        }
        // its scripts ask api.jobrunr.io for the latest version and news: refused, nothing else is
        assertThat(violations).allSatisfy(violation -> assertThat(violation).contains("https://api.jobrunr.io/"));
    }

    private BrowserContext browserContext(List<String> violations) {
        var context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 800));
        context.onConsoleMessage(message -> violations.addAll(violation(message)));
        return context;
    }

    private static List<String> violation(ConsoleMessage message) {
        return message.text().contains("Content Security Policy") ? List.of(message.text()) : List.of();
    }

    private HttpResponse<String> get(String path, HttpRequest.Builder request) throws Exception {
        return http.send(request.uri(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
