package dev.opscharter.adapters.persistence.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 17 in a Testcontainers container; only loaded when Testcontainers is on the classpath. */
final class ContainerServer {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerServer.class);
    private static final String IMAGE = "postgres:17-alpine";

    private ContainerServer() {
    }

    static boolean dockerAnswers() {
        long started = System.nanoTime();
        boolean available = DockerClientFactory.instance().isDockerAvailable();
        LOG.info("Docker engine {} (asked Testcontainers in {} ms)", available ? "found" : "not found",
                (System.nanoTime() - started) / 1_000_000);
        return available;
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM ends
    static TestDatabase.Coordinates start() {
        long started = System.nanoTime();
        var container = new PostgreSQLContainer(IMAGE);
        container.start();
        LOG.info("Started {} in {} ms: {}", IMAGE, (System.nanoTime() - started) / 1_000_000, container.getJdbcUrl());
        return new TestDatabase.Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
