package dev.opscharter.bootstrap.observability;

import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

@OpsCharterSpringTest
class HealthIT {

    @Autowired
    HealthEndpoint health;

    @Test
    void health_is_up_and_includes_the_database() {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("db")).isNotNull();
        assertThat(health.healthForPath("db").getStatus()).isEqualTo(Status.UP);
    }
}
