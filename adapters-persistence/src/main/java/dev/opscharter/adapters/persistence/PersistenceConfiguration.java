package dev.opscharter.adapters.persistence;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Everything the persistence adapters need, for the bootstrap module to import: the package-private
 * Spring Data repositories and the adapters implementing the outbound ports of every context
 * (organization, charter, appraisal, and the shared {@code AuditLog} and {@code Transactions}).
 * The DataSource, the transaction manager, {@code JdbcAggregateTemplate}, {@code JdbcClient} and
 * Flyway come from Spring Boot's auto-configuration.
 *
 * <p>The scan honours Spring Boot's {@link TypeExcludeFilter}, so test configurations of this
 * module ({@code @TestConfiguration}) are not picked up when a Spring Boot test imports this class.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class PersistenceConfiguration {
}
