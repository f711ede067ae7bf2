package dev.opscharter.bootstrap.testing;

import dev.opscharter.adapters.persistence.testing.TestDatabaseInitializer;
import dev.opscharter.bootstrap.OpsCharterApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application listening on a random port, in demo mode, with JobRunr's dashboard served
 * to administrators: for tests of what a browser or an HTTP client meets at the edge. Every test
 * class using exactly this annotation shares one Spring context and the test server's default
 * database, so its records carry names of their own (a random suffix) and it counts what it adds,
 * never rows it assumes alone. A browser test that needs other settings, or a database to itself
 * (it changes what every other test reads), declares its own {@code @SpringBootTest} and says why.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OpsCharterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opscharter.demo=true", "jobrunr.background-job-server.enabled=false",
                "jobrunr.dashboard.enabled=false", "logging.file.name=",
                "opscharter.security.account-check-interval=0s", "opscharter.jobs-dashboard.enabled=true"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface RunningApplicationTest {
}
