package dev.opscharter.adapters.persistence.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the persistence adapters on real PostgreSQL. Every class carrying it gets the same
 * configuration and therefore shares one cached Spring context (and one migrated database).
 * Tests do not run in a rolled-back transaction: they commit like the application does, so each
 * test makes its own data (random codes and names) and never relies on a table being empty.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = PersistenceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface PersistenceIntegrationTest {
}
