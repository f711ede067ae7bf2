package dev.opscharter.bootstrap.config;

import dev.opscharter.domain.survey.GuardKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardKeyFileTest {

    private static final String CONFIGURED = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @TempDir
    private Path home;

    @Test
    void without_configuration_the_first_start_generates_a_private_file_and_later_starts_read_it() throws IOException {
        var data = home.resolve("data");

        var first = GuardKeyFile.load(Optional.empty(), data);
        var file = data.resolve(GuardKeyFile.FILE);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file).strip()).isEqualTo(first.encoded());
        assertThat(GuardKeyFile.load(Optional.empty(), data)).isEqualTo(first);
        try (var left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(GuardKeyFile.FILE);
        }
    }

    @Test
    void a_later_start_makes_a_widened_file_private_again() throws IOException {
        var first = GuardKeyFile.load(Optional.empty(), home);
        var file = home.resolve(GuardKeyFile.FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(GuardKeyFile.load(Optional.empty(), home)).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void a_configured_key_wins_and_nothing_is_written() {
        assertThat(GuardKeyFile.load(Optional.of(" " + CONFIGURED + "\n"), home)).isEqualTo(GuardKey.parse(CONFIGURED));
        assertThat(home.resolve(GuardKeyFile.FILE)).doesNotExist();
    }

    @Test
    void a_malformed_key_stops_the_start_without_showing_it() throws IOException {
        assertThatThrownBy(() -> GuardKeyFile.load(Optional.of("not-a-secret-key"), home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(GuardKeyFile.PROPERTY).message().doesNotContain("not-a-secret-key");
        Files.writeString(home.resolve(GuardKeyFile.FILE), "tampered");
        assertThatThrownBy(() -> GuardKeyFile.load(Optional.empty(), home))
                .isInstanceOf(IllegalStateException.class).message().doesNotContain("tampered");
    }

    @Test
    void the_environment_variable_names_it_too() {
        var key = GuardKey.generate(new SecureRandom()).encoded();
        for (var variable : new String[]{"OPSCHARTER_SURVEY_GUARD_KEY", "OPSCHARTER_SURVEY_GUARDKEY"}) {
            var environment = new StandardEnvironment();
            environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            Map.of(variable, key)));
            ConfigurationPropertySources.attach(environment);
            assertThat(environment.getProperty(GuardKeyFile.PROPERTY)).as(variable).isEqualTo(key);
        }
    }
}
