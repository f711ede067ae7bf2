package dev.opscharter.adapters.persistence.testing;

import dev.opscharter.adapters.persistence.PersistenceConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;

/**
 * The smallest application around the persistence adapters: Spring Boot's auto-configuration
 * (DataSource, transactions, Spring Data JDBC, Flyway) plus {@link PersistenceConfiguration}.
 *
 * <p>{@code @TestComponent} keeps it out of the adapters' component scan (Spring Boot's
 * {@code TypeExcludeFilter} skips test components), so a bootstrap test importing
 * {@code PersistenceConfiguration} with this module's test-jar on the classpath does not pull it
 * in. It cannot be a {@code @TestConfiguration}: Spring Boot does not accept one as the primary
 * configuration of a {@code @SpringBootTest}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@TestComponent
@EnableAutoConfiguration
@Import(PersistenceConfiguration.class)
public class PersistenceTestApplication {
}
