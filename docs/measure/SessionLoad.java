// Opens N signed-in OpsCharter sessions the way a browser does, so that each HTTP session holds a
// Vaadin UI with MainLayout + DashboardView. Single-file program, no dependencies (Java 25):
//
//   java docs/measure/SessionLoad.java http://localhost:8080 50
//   java docs/measure/SessionLoad.java http://localhost:8080 50 --user manager --password opscharter-demo
//        --concurrency 4 --no-login-ui|--keep-login-ui --no-followup --logout
//
// Per session (one HttpClient, one CookieManager), as traced from headless Chromium:
//   1. GET  /login                                    bootstrap page; Spring's CSRF token is in <meta name="_csrf">
//   2. GET  /?v-r=init&location=login                 Vaadin creates UI 0 (skipped with --no-login-ui)
//      POST /?v-r=uidl&v-uiId=0  ui-navigate /login  the router attaches LoginView to UI 0
//      POST /?v-r=uidl&v-uiId=0  {"UNLOAD":true,..}  the beacon Vaadin's client sends on beforeunload/pagehide
//                                                     when the form submit leaves the page: the server closes
//                                                     UI 0 (--keep-login-ui skips it: the UI then stays until
//                                                     3 missed heartbeats, 15 min here)
//   3. POST /login  username, password, _csrf         Spring Security form login -> 302 to /
//                                                     (the session id changes, the HttpSession and UI 0 stay)
//   4. GET  /                                         bootstrap page again (new CSRF token)
//   5. GET  /?v-r=init&location=                      Vaadin creates UI 1 (empty)
//   6. POST /?v-r=uidl&v-uiId=1  ui-navigate /        MainLayout + DashboardView are built; the response
//                                                     must contain the element id "dashboard-greeting"
//      POST /?v-r=uidl&v-uiId=1  (empty rpc)         the browser's immediate second message (see followUp;
//                                                     also done for UI 0; --no-followup skips it)
//   (--logout: 7. POST /logout _csrf, which invalidates the session: used for warm-up rounds)
// The program then exits; the server keeps the sessions until they time out (30 min by default).
// Exit code 0 only if every session reached the dashboard.

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
static final String INIT_PARAMS = "&query=&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280"
        + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-pv=VISIBLE&v-tn=aura";

record Options(URI base, int sessions, String user, String password, int concurrency, boolean loginUi,
               boolean unloadLoginUi, boolean followUp, boolean logout, boolean verbose) {}

/** A UI as the client knows it: its id, Vaadin's CSRF token and the next message's sequence numbers. */
record UiHandle(String uiId, String securityKey, String syncId, String clientId) {}

void main(String[] args) throws Exception {
    if (args.length < 2) {
        System.err.println("usage: java SessionLoad.java BASE_URL N [--user U] [--password P] [--concurrency C]"
                + " [--no-login-ui | --keep-login-ui] [--no-followup] [--logout] [--verbose]");
        System.exit(2);
    }
    String user = "manager", password = "opscharter-demo";
    int concurrency = 4;
    boolean loginUi = true, unloadLoginUi = true, followUp = true, logout = false, verbose = false;
    for (int i = 2; i < args.length; i++) {
        switch (args[i]) {
            case "--user" -> user = args[++i];
            case "--password" -> password = args[++i];
            case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
            case "--no-login-ui" -> loginUi = false;
            case "--keep-login-ui" -> unloadLoginUi = false;
            case "--no-followup" -> followUp = false;
            case "--logout" -> logout = true;
            case "--verbose" -> verbose = true;
            default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
    }
    String base = args[0].endsWith("/") ? args[0].substring(0, args[0].length() - 1) : args[0];
    var options = new Options(URI.create(base), Integer.parseInt(args[1]), user, password, concurrency, loginUi,
            unloadLoginUi, followUp, logout, verbose);

    long start = System.nanoTime();
    var ok = new AtomicInteger();
    var failures = new ConcurrentLinkedQueue<String>();
    var latencies = new ConcurrentLinkedQueue<Long>();
    try (var pool = Executors.newFixedThreadPool(options.concurrency())) {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < options.sessions(); i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    openSession(options, n);
                    ok.incrementAndGet();
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                } catch (Exception e) {
                    failures.add("session " + n + ": " + e);
                }
            }));
        }
        for (var f : futures) {
            f.get();
        }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    var sorted = latencies.stream().sorted().toList();
    long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    System.out.printf("sessions requested=%d ok=%d failed=%d loginUi=%s followUp=%s logout=%s concurrency=%d"
                    + " total=%d ms median-per-session=%d ms%n", options.sessions(), ok.get(), failures.size(),
            !options.loginUi() ? "none" : options.unloadLoginUi() ? "unloaded" : "kept", options.followUp(),
            options.logout(), options.concurrency(), millis, median);
    failures.stream().limit(10).forEach(f -> System.out.println("  FAILED " + f));
    System.exit(failures.isEmpty() ? 0 : 1);
}

void openSession(Options o, int n) throws Exception {
    try (var client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build()) {
        // 1. the login page
        var login = get(client, o.base().resolve("/login"));
        expect(login, 200, "GET /login");
        String csrf = match(META_CSRF, login.body(), "CSRF meta tag on /login");

        // 2. the login page's UI, as the browser creates it before the user types
        if (o.loginUi()) {
            var loginUi = openUi(client, o, "login", "/login", "login-form");
            if (o.unloadLoginUi()) {
                unload(client, o, loginUi);
            }
        }

        // 3. sign in
        var form = "username=" + enc(o.user()) + "&password=" + enc(o.password()) + "&_csrf=" + enc(csrf);
        var signIn = client.send(HttpRequest.newBuilder(o.base().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        expect(signIn, 302, "POST /login");
        var location = signIn.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.endsWith("/login")) {
            throw new IllegalStateException("sign-in refused, redirected to " + location);
        }

        // 4. the page the sign-in redirects to
        var home = get(client, o.base().resolve("/"));
        expect(home, 200, "GET /");
        String csrfAfter = match(META_CSRF, home.body(), "CSRF meta tag on /");

        // 5. + 6. the dashboard's UI
        openUi(client, o, "", "/", "dashboard-greeting");

        if (o.verbose()) {
            System.out.println("session " + n + " ok");
        }
        // 7. optionally end it again
        if (o.logout()) {
            var out = client.send(HttpRequest.newBuilder(o.base().resolve("/logout"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrfAfter))).build(),
                    HttpResponse.BodyHandlers.ofString());
            expect(out, 302, "POST /logout");
        }
    }
}

/** Vaadin's client bootstrap: the init request creates a UI, the ui-navigate event runs the router. */
UiHandle openUi(HttpClient client, Options o, String location, String route, String mustContain)
        throws Exception {
    var init = get(client, URI.create(o.base() + "/?v-r=init&location=" + enc(location) + INIT_PARAMS
            + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=v-" + Math.random()));
    expect(init, 200, "GET ?v-r=init location=" + location);
    String uiId = match(UI_ID, init.body(), "v-uiId in the init response");
    String key = match(SECURITY_KEY, init.body(), "Vaadin-Security-Key in the init response");
    String uidl = """
            {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
            "query":"","appShellTitle":"OpsCharter","historyState":{"idx":0},"trigger":""}}],\
            "syncId":0,"clientId":0}""".formatted(key, route);
    var navigate = client.send(HttpRequest.newBuilder(URI.create(o.base() + "/?v-r=uidl&v-uiId=" + uiId))
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(uidl)).build(), HttpResponse.BodyHandlers.ofString());
    expect(navigate, 200, "POST uidl ui-navigate " + route);
    if (navigate.body().contains("Vaadin-Refresh") || navigate.body().contains("\"meta\":{\"sessionExpired\"")) {
        throw new IllegalStateException("UIDL answered with a refresh/session-expired: " + cut(navigate.body()));
    }
    if (mustContain != null && !navigate.body().contains(mustContain)) {
        throw new IllegalStateException("UIDL response lacks " + mustContain + ": " + cut(navigate.body()));
    }
    var ui = new UiHandle(uiId, key, match(SYNC_ID, navigate.body(), "syncId"),
            match(CLIENT_ID, navigate.body(), "clientId"));
    return o.followUp() ? followUp(client, o, ui) : ui;
}

/**
 * The browser answers the navigation at once with a second message (the new components' property
 * syncs, e.g. AppLayout's drawerOpened). Its small response replaces the navigation's big one, which
 * Vaadin keeps per UI (UIInternals.lastRequestResponse) to resend if the client repeats a message.
 * An empty RPC list has the same effect on that cache; --no-followup leaves the big response cached.
 */
UiHandle followUp(HttpClient client, Options o, UiHandle ui) throws Exception {
    String message = """
            {"csrfToken":"%s","rpc":[],"syncId":%s,"clientId":%s}"""
            .formatted(ui.securityKey(), ui.syncId(), ui.clientId());
    var response = client.send(HttpRequest.newBuilder(URI.create(o.base() + "/?v-r=uidl&v-uiId=" + ui.uiId()))
            .header("Content-Type", "application/json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
    expect(response, 200, "POST uidl follow-up");
    return new UiHandle(ui.uiId(), ui.securityKey(), match(SYNC_ID, response.body(), "syncId"),
            match(CLIENT_ID, response.body(), "clientId"));
}

/** What FlowClient's beforeunload/pagehide handler sends with navigator.sendBeacon (text/plain). */
void unload(HttpClient client, Options o, UiHandle ui) throws Exception {
    String beacon = """
            {"csrfToken":"%s","rpc":[],"syncId":%s,"clientId":%s,"UNLOAD":true}"""
            .formatted(ui.securityKey(), ui.syncId(), ui.clientId());
    var response = client.send(HttpRequest.newBuilder(URI.create(o.base() + "/?v-r=uidl&v-uiId=" + ui.uiId()))
            .header("Content-Type", "text/plain;charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(beacon)).build(), HttpResponse.BodyHandlers.ofString());
    expect(response, 200, "POST uidl UNLOAD beacon");
}

HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
    return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
}

static void expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
        throw new IllegalStateException(what + " answered " + response.statusCode() + " (expected " + status + ") "
                + response.headers().firstValue("Location").orElse("") + " " + cut(response.body()));
    }
}

static String match(Pattern pattern, String body, String what) {
    var m = pattern.matcher(body);
    if (!m.find()) {
        throw new IllegalStateException("no " + what + ": " + cut(body));
    }
    return m.group(1);
}

static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
}

static String cut(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
}
