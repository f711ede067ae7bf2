package dev.opscharter.bootstrap.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;

/**
 * When no datasource is configured, OpsCharter runs its own PostgreSQL 17 ({@link EmbeddedCluster})
 * with its data in {@code opscharter.data-dir}/pgdata, so a first run needs nothing installed and
 * data survives restarts and crashes. The application connects as the least-privileged role
 * {@value EmbeddedCluster#APPLICATION_ROLE}; Flyway migrates as the owner. With
 * {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) set, this configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedCluster embeddedCluster(OpsCharterProperties properties) throws IOException {
        return EmbeddedCluster.start(properties.dataDir());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedCluster cluster) {
        var config = new HikariConfig();
        config.setJdbcUrl(cluster.jdbcUrl());
        config.setUsername(EmbeddedCluster.APPLICATION_ROLE);
        config.setPassword(cluster.credentials().applicationPassword());
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(2);
        config.setPoolName("opscharter-embedded");
        return new HikariDataSource(config);
    }

    /** The migrations (and JobRunr's tables) are created by the owner, not by the application's role. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedCluster cluster) {
        return configuration -> configuration.dataSource(cluster.jdbcUrl(), EmbeddedCluster.OWNER,
                cluster.credentials().ownerPassword());
    }
}
