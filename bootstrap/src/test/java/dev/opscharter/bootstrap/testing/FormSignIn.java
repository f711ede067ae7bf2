package dev.opscharter.bootstrap.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Signs in over plain HTTP as a browser would through the login form: opens the login page for a
 * session and its CSRF token, then posts the form. For tests of what lies outside Vaadin's views.
 */
public final class FormSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private FormSignIn() {
    }

    /** A client that keeps cookies (the session) and does not follow redirects. */
    public static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** @return the answer to the form's post: a redirect to where the sign-in led */
    public static HttpResponse<String> post(HttpClient client, int port, String username, String password)
            throws Exception {
        return post(client, port, username, password, Duration.ofMinutes(1));
    }

    /**
     * @param within how long the post may take: an answer later than that fails with an
     *               {@link java.net.http.HttpTimeoutException}
     */
    public static HttpResponse<String> post(HttpClient client, int port, String username, String password,
                                            Duration within) throws Exception {
        var loginPage = client.send(HttpRequest.newBuilder(uri(port, "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (loginPage.statusCode() != 200) {
            throw new AssertionError("the login page answered " + loginPage.statusCode());
        }
        var token = CSRF.matcher(loginPage.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the login page");
        }
        var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        return client.send(HttpRequest.newBuilder(uri(port, "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded").timeout(within)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A client signed in as a demo user. */
    public static HttpClient demoUser(int port, String username) throws Exception {
        var client = client();
        var answer = post(client, port, username, "opscharter-demo");
        var location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new AssertionError("sign-in of " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return client;
    }

    public static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
