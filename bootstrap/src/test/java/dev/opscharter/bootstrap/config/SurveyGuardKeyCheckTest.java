package dev.opscharter.bootstrap.config;

import dev.opscharter.adapters.persistence.survey.GuardKeyFingerprint;
import dev.opscharter.domain.survey.GuardKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A start with another guard key than the database's first one stops, without printing either key. */
class SurveyGuardKeyCheckTest {

    private static final String CONFIGURED = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @TempDir
    private Path data;

    private final MockEnvironment environment = new MockEnvironment().withProperty(GuardKeyFile.PROPERTY, CONFIGURED);
    private final GuardKeyFingerprint fingerprints = mock(GuardKeyFingerprint.class);

    @Test
    void the_key_the_database_recognises_is_taken() {
        when(fingerprints.recordedOr(anyString())).thenAnswer(call -> call.getArgument(0));

        var key = new SurveyConfiguration().surveyGuardKey(environment, properties(), fingerprints);

        assertThat(key).isEqualTo(GuardKey.parse(CONFIGURED));
    }

    @Test
    void another_key_than_the_first_one_stops_the_start() {
        var first = GuardKey.parse("HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=");
        when(fingerprints.recordedOr(anyString())).thenReturn(first.fingerprint());

        assertThatThrownBy(() -> new SurveyConfiguration().surveyGuardKey(environment, properties(), fingerprints))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not the one this database's survey answers were recorded with")
                .hasMessageNotContaining(CONFIGURED).hasMessageNotContaining(first.encoded());
    }

    private OpsCharterProperties properties() {
        return new OpsCharterProperties(data, false, new OpsCharterProperties.Admin("admin", null),
                new OpsCharterProperties.Security(5, Duration.ofMinutes(15), Duration.ofSeconds(30)),
                new OpsCharterProperties.Team(60));
    }
}
