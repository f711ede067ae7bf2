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
 * The whole application on real PostgreSQL, in demo mode (so every role has a user), without
 * the job server. Every test class using exactly this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OpsCharterApplication.class, properties = {
        "opscharter.demo=true",
        "jobrunr.background-job-server.enabled=false",
        "jobrunr.dashboard.enabled=false",
        "logging.file.name=",
})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface OpsCharterSpringTest {
}
