package dev.opscharter.bootstrap.jobs;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Passes {@code /dashboard/**}, {@code /api/**} and {@code /sse/**} to the {@link LoopbackJobsDashboard},
 * streaming (its live updates are server-sent events). Spring Security lets only administrators
 * this far. The dashboard's scripts cannot send Spring's CSRF token, so a request that changes
 * something (anything but GET and HEAD; the dashboard's GETs change nothing) must come from a page
 * of this very origin, as the browser tells by {@code Sec-Fetch-Site} or {@code Origin}; any other
 * is refused, which is what a CSRF token would achieve.
 */
final class JobsDashboardProxy extends HttpServlet {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");
    private static final Set<String> PASSED_REQUEST_HEADERS = Set.of("accept", "content-type", "last-event-id");
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "transfer-encoding", "keep-alive",
            "content-length", "date", "server");

    private final transient LoopbackJobsDashboard dashboard;
    private final transient HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    JobsDashboardProxy(LoopbackJobsDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var method = request.getMethod().toUpperCase(Locale.ROOT);
        if (!SAFE_METHODS.contains(method) && !fromThisOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "cross-site request refused");
            return;
        }
        var forward = HttpRequest.newBuilder(target(request)).method(method, body(request, method));
        for (var name : PASSED_REQUEST_HEADERS) {
            var value = request.getHeader(name);
            if (value != null) {
                forward.header(name, value);
            }
        }
        HttpResponse<java.io.InputStream> answer;
        try {
            answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setStatus(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> response.addHeader(name, value));
            }
        });
        try (var in = answer.body(); var out = response.getOutputStream()) {
            var buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, read);
                out.flush(); // an event must reach the browser when it happens, not when a buffer fills
            }
        }
    }

    /** Same origin by the browser's word: Fetch Metadata where sent, else the Origin header. */
    static boolean fromThisOrigin(HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        var origin = request.getHeader("Origin");
        return origin != null && origin.equals(originOf(request));
    }

    private static String originOf(HttpServletRequest request) {
        var scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private URI target(HttpServletRequest request) {
        var address = dashboard.address();
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var query = request.getQueryString();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + path
                + (query == null ? "" : "?" + query));
    }

    private static HttpRequest.BodyPublisher body(HttpServletRequest request, String method) throws IOException {
        if (SAFE_METHODS.contains(method)) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return HttpRequest.BodyPublishers.ofByteArray(request.getInputStream().readAllBytes());
    }
}
