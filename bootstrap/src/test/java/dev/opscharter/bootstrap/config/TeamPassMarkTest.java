package dev.opscharter.bootstrap.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The appraisal pass mark as a setting ({@code opscharter.team.pass-mark}): 60 unless set, 0 to 100. */
class TeamPassMarkTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OpsCharterProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void the_pass_mark_is_60_unless_set() {
        context.run(app -> assertThat(app.getBean(OpsCharterProperties.class).team().passMark()).isEqualTo(60));
        context.withPropertyValues("opscharter.team.pass-mark=75")
                .run(app -> assertThat(app.getBean(OpsCharterProperties.class).team().passMark()).isEqualTo(75));
        context.withPropertyValues("opscharter.team.pass-mark=0")
                .run(app -> assertThat(app.getBean(OpsCharterProperties.class).team().passMark()).isZero());
    }

    @Test
    void a_pass_mark_off_the_scale_does_not_start() {
        for (var mark : new String[]{"101", "-1"}) {
            context.withPropertyValues("opscharter.team.pass-mark=" + mark)
                    .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                            .hasMessage("opscharter.team.pass-mark must be between 0 and 100, not " + mark));
        }
    }
}
