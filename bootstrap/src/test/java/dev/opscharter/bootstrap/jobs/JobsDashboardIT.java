package dev.opscharter.bootstrap.jobs;

import dev.opscharter.bootstrap.testing.FormSignIn;
import dev.opscharter.bootstrap.testing.RunningApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * JobRunr's dashboard listens on the loopback interface only; users reach it through the
 * application, administrators only, and a change it makes must come from the application's own
 * pages (CSRF). Same context as {@code SecurityHeadersIT}.
 */
@RunningApplicationTest
class JobsDashboardIT {

    /** A dashboard action that changes something; the job does not exist, so nothing is triggered. */
    private static final String TRIGGER = "/api/recurring-jobs/no-such-job/trigger";

    @LocalServerPort
    int port;
    @Autowired
    LoopbackJobsDashboard dashboard;

    @Test
    void the_dashboard_listens_on_the_loopback_interface_only() throws Exception {
        var address = dashboard.address();
        assertThat(address.getAddress().isLoopbackAddress()).isTrue();

        var outside = NetworkInterface.networkInterfaces().filter(i -> !isLoopback(i))
                .flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst();
        if (outside.isPresent()) {
            try (var socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(outside.get(), address.getPort()), 2000))
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void only_a_signed_in_administrator_reaches_it_through_the_application() throws Exception {
        var anonymous = FormSignIn.client();
        var refused = get(anonymous, "/dashboard/");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        assertThat(get(FormSignIn.demoUser(port, "director"), "/api/servers").statusCode()).isEqualTo(403);

        var admin = FormSignIn.demoUser(port, "admin");
        var page = get(admin, "/dashboard/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>JobRunr</title>");
        var servers = get(admin, "/api/servers");
        assertThat(servers.statusCode()).isEqualTo(200);
        assertThat(servers.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    }

    @Test
    void live_updates_stream_through_the_application() throws Exception {
        var admin = FormSignIn.demoUser(port, "admin");
        var events = admin.send(HttpRequest.newBuilder(FormSignIn.uri(port, "/sse/jobstats"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(events.statusCode()).isEqualTo(200);
        try (var lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
            // the first event comes at once; a proxy that buffered the stream would never hand it over
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("data:"));
            assertThat(line).startsWith("data:");
        }
    }

    @Test
    void a_change_is_refused_unless_it_comes_from_the_applications_own_pages() throws Exception {
        var admin = FormSignIn.demoUser(port, "admin");
        var origin = "http://localhost:" + port;

        assertThat(post(admin, b -> b).statusCode()).as("no origin at all").isEqualTo(403);
        assertThat(post(admin, b -> b.header("Origin", "https://evil.example")).statusCode()).isEqualTo(403);
        assertThat(post(admin, b -> b.header("Sec-Fetch-Site", "cross-site").header("Origin", origin)).statusCode())
                .isEqualTo(403);

        assertThat(post(admin, b -> b.header("Sec-Fetch-Site", "same-origin").header("Origin", origin)).statusCode())
                .as("passed on to the dashboard, which knows no such job").isNotEqualTo(403).isNotEqualTo(200);
        assertThat(post(admin, b -> b.header("Origin", origin)).statusCode()).isNotEqualTo(403);
        assertThat(post(FormSignIn.client(), b -> b.header("Origin", origin)).statusCode())
                .as("anonymous").isEqualTo(302);
    }

    private static boolean isLoopback(NetworkInterface network) {
        try {
            return network.isLoopback() || !network.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(FormSignIn.uri(port, path)).timeout(Duration.ofSeconds(20)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, UnaryOperator<HttpRequest.Builder> headers) throws Exception {
        var request = HttpRequest.newBuilder(FormSignIn.uri(port, TRIGGER)).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.noBody());
        return client.send(headers.apply(request).build(), HttpResponse.BodyHandlers.ofString());
    }
}
