package dev.opscharter.bootstrap.observability;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The database's part of {@code /actuator/health}, with a deadline. Boot's own check asks the
 * connection pool, which waits for its connection timeout (30 s) when the database is down, so a
 * load balancer's probe would hang instead of hearing DOWN. Named {@code dbHealthIndicator}, so
 * Boot's unbounded one steps aside and the component keeps the name {@code db}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseHealthConfiguration {

    static final Duration DEADLINE = Duration.ofSeconds(1);

    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource) {
        return new BoundedHealth(new DataSourceHealthIndicator(dataSource), DEADLINE);
    }

    /** Runs a check on a virtual thread and reports DOWN when it has not answered by the deadline. */
    record BoundedHealth(HealthIndicator check, Duration deadline) implements HealthIndicator {

        @Override
        public Health health() {
            try {
                return Deadline.await("db-health", deadline, check::health);
            } catch (TimeoutException silent) {
                return Health.down().withDetail("error", "no answer within " + deadline.toMillis() + " ms").build();
            } catch (ExecutionException failed) {
                return Health.down(failed.getCause() instanceof Exception e ? e : failed).build();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Health.down().withDetail("error", "interrupted").build();
            }
        }
    }
}
