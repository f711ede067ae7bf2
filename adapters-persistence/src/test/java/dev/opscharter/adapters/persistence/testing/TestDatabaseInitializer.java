package dev.opscharter.adapters.persistence.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;

/**
 * Points a Spring Boot test context at the {@link TestDatabase}:
 * {@code @SpringBootTest @ContextConfiguration(initializers = TestDatabaseInitializer.class)}.
 * Like the application, the context connects as the least-privileged
 * {@link TestDatabase#APPLICATION_ROLE} ({@code spring.datasource.*}), while Flyway migrates as the
 * server's user, the owner ({@code spring.flyway.url}, {@code .user}, {@code .password}); the
 * connection pool is kept small (cached test contexts each hold one).
 *
 * <p>By default every context uses the server's default database. A subclass with a no-argument
 * constructor calling {@code super("prefix")} gives its context a fresh database of its own.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final String freshDatabasePrefix;

    public TestDatabaseInitializer() {
        this("");
    }

    protected TestDatabaseInitializer(String freshDatabasePrefix) {
        this.freshDatabasePrefix = freshDatabasePrefix;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var database = freshDatabasePrefix.isEmpty()
                ? TestDatabase.coordinates()
                : TestDatabase.freshDatabase(freshDatabasePrefix);
        var application = TestDatabase.asApplication(database);
        var properties = new ArrayList<String>();
        properties.add("spring.datasource.url=" + application.jdbcUrl());
        properties.add("spring.datasource.username=" + application.username());
        properties.add("spring.datasource.password=" + application.password());
        properties.add("spring.flyway.url=" + database.jdbcUrl());
        if (database.username() != null) {
            properties.add("spring.flyway.user=" + database.username());
        }
        if (database.password() != null) {
            properties.add("spring.flyway.password=" + database.password());
        }
        properties.add("spring.datasource.hikari.maximum-pool-size=5");
        TestPropertyValues.of(properties).applyTo(context);
    }
}
