package dev.opscharter.bootstrap.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    /**
     * Bound to {@code spring.datasource.hikari.*} like Boot's own pool (it starts at the first
     * connection, after the binding), so the pool settings of {@code application.properties} and an
     * operator's overrides apply to both databases; a laptop keeps only two connections idle.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedCluster cluster) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(cluster.jdbcUrl());
        dataSource.setUsername(EmbeddedCluster.APPLICATION_ROLE);
        dataSource.setPassword(cluster.credentials().applicationPassword());
        dataSource.setMinimumIdle(2);
        dataSource.setPoolName("opscharter-embedded");
        return dataSource;
    }

    /** The migrations (and JobRunr's tables) are created by the owner, not by the application's role. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedCluster cluster) {
        return configuration -> configuration.dataSource(cluster.jdbcUrl(), EmbeddedCluster.OWNER,
                cluster.credentials().ownerPassword());
    }
}
