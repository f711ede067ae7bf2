package dev.opscharter.bootstrap.observability;

import dev.opscharter.bootstrap.OpsCharterApplication;
import dev.opscharter.bootstrap.testing.FormSignIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a PostgreSQL of its own, which the test then stops: health must say DOWN at
 * once (a load balancer's probe must not hang on the pool's 30 s connection timeout) and a sign-in
 * must say within seconds that the service is unavailable, not that the password is wrong. Its own
 * server, so the one the other tests share stays up. The pool keeps the application's settings
 * (a 30 s connection timeout): the deadlines are the application's own.
 */
// not @RunningApplicationTest: a PostgreSQL of its own, which it stops, and a context thrown away afterwards
@SpringBootTest(classes = OpsCharterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opscharter.demo=false", "opscharter.admin.password=Down-Test-Passw0rd",
                "jobrunr.background-job-server.enabled=false", "jobrunr.dashboard.enabled=false",
                "logging.file.name="})
@ContextConfiguration(initializers = DatabaseDownIT.OwnDatabase.class)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseDownIT {

    private static EmbeddedPostgres postgres;

    @LocalServerPort
    int port;

    private final HttpClient http = FormSignIn.client();

    @AfterAll
    static void stopDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void health_is_up_while_the_database_answers() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void health_answers_down_within_two_seconds_when_the_database_is_down() throws Exception {
        var running = postgres;
        postgres = null;
        running.close();

        long started = System.nanoTime();
        var health = get("/actuator/health");
        var elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"DOWN\"");
        assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    @Order(3)
    void a_sign_in_while_the_database_is_down_comes_back_as_service_unavailable_within_five_seconds()
            throws Exception {
        assertThat(get("/login").statusCode()).as("the login page needs no database").isEqualTo(200);

        // the post itself fails (HttpTimeoutException) if the answer takes longer
        var signIn = FormSignIn.post(http, port, "admin", "Down-Test-Passw0rd", Duration.ofSeconds(5));

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error=unavailable"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(FormSignIn.uri(port, path)).timeout(Duration.ofSeconds(40)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Starts this test's own PostgreSQL and points the context at it. */
    static final class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestPropertyValues.of("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres").applyTo(context);
        }
    }
}
