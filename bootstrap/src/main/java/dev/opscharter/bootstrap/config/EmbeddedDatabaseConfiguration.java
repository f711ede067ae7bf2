package dev.opscharter.bootstrap.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * When no datasource is configured, OpsCharter runs its own PostgreSQL 17 (zonky's embedded
 * binaries) with its data in {@code opscharter.data-dir}/pgdata, so a first run needs nothing
 * installed and data survives restarts. With {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}) set, this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String DATABASE = "opscharter";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(OpsCharterProperties properties) throws IOException {
        Path data = properties.dataDir().resolve("pgdata").toAbsolutePath();
        Files.createDirectories(data.getParent());
        log.info("No datasource configured: starting the embedded PostgreSQL with its data in {}", data);
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                // Spring closes it after the beans that use it (JobRunr, the pool); a JVM hook would race them
                .setRegisterShutdownHook(false)
                // the defaults suit a laptop; a quarter's execution records are read by index ranges of
                // hundreds of MB, and an import writes them in one transaction
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .start();
        createDatabaseIfMissing(postgres);
        log.info("Embedded PostgreSQL is listening on localhost:{}", postgres.getPort());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(2);
        config.setPoolName("opscharter-embedded");
        return new HikariDataSource(config);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the embedded database", e);
        }
    }
}
