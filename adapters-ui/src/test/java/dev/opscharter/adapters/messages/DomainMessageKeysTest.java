package dev.opscharter.adapters.messages;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal the domain writes as a literal key ({@code "rule.…"}, {@code "validation.…"}) has a
 * text in both languages, so a screen never shows {@code !rule.…}. Keys built from a prefix and a
 * value (ending in a dot) are the prefix only, and are left to their own tests.
 */
class DomainMessageKeysTest {

    private static final Path DOMAIN = Path.of("..", "domain", "src", "main", "java");
    private static final Pattern KEY = Pattern.compile("\"((?:rule|validation)\\.[a-z0-9.-]*[a-z0-9-])\"");

    @Test
    void every_literal_key_of_the_domain_is_in_both_bundles() {
        var used = usedKeys();
        assertThat(used).as("keys found in %s", DOMAIN.toAbsolutePath()).hasSizeGreaterThan(50);
        assertThat(missing(used, Messages.load("en").keySet())).as("keys missing in English").isEmpty();
        assertThat(missing(used, Messages.load("zh_CN").keySet())).as("keys missing in Chinese").isEmpty();
    }

    private static Set<String> usedKeys() {
        var keys = new TreeSet<String>();
        try (var files = Files.walk(DOMAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                var matcher = KEY.matcher(read(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> missing(Set<String> wanted, Set<String> present) {
        var gaps = new TreeSet<>(wanted);
        gaps.removeAll(present);
        return gaps;
    }
}
