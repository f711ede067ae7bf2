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
 * Every refusal and every line of evidence the targets' use cases write has a text in both languages: the
 * literal keys, the import's refusals (its own reasons, and the header and field checks it shares with the
 * execution records' import) and the scorecard's evidence, which reads "-running" while the period runs.
 */
class TargetsMessageKeysTest {

    private static final Path APPLICATION = Path.of("..", "application", "src", "main", "java", "dev", "opscharter",
            "application");
    private static final Path SERVICES = APPLICATION.resolve(Path.of("targets", "service"));
    private static final Pattern LITERAL = Pattern.compile("\"((?:rule|validation)\\.[a-z0-9.-]*[a-z0-9-])\"");
    private static final Pattern REFUSAL = Pattern.compile("(?:(?<!KEY_)PREFIX \\+ |prefix \\+ |refused\\()\"([a-z-]+)\"");
    private static final Pattern SUMMARY = Pattern.compile("summary\\(\"([a-z-]+)\"\\)");
    private static final Pattern EVIDENCE = Pattern.compile("KEY_PREFIX \\+ (?:\\(key\\.ended\\(\\) \\? )?"
            + "\"([a-z-]+)\"(?: : \"([a-z-]+)\"\\))?");

    @Test
    void every_key_of_the_targets_use_cases_is_in_both_bundles() {
        var used = new TreeSet<String>();
        var services = read(SERVICES) + read(APPLICATION.resolve(Path.of("shared", "ImportColumns.java")));
        collect(LITERAL.matcher(services), "", used);
        collect(REFUSAL.matcher(services), "targets.import.refused.", used);
        var summaries = SUMMARY.matcher(services);
        while (summaries.find()) {
            used.add("evidence.targets." + summaries.group(1));
            used.add("evidence.targets." + summaries.group(1) + "-running");
        }
        collect(EVIDENCE.matcher(services), "evidence.targets.", used);
        used.add("appraisal.source.targets");

        assertThat(used).as("keys found").contains("targets.import.refused.formula",
                "targets.import.refused.day-given-twice", "validation.targets.ratio-of-ratio",
                "evidence.targets.key-no-data", "evidence.targets.core-attainment-running");
        assertThat(DomainMessageKeysTest.missing(used, Messages.load("en").keySet())).as("keys missing in English").isEmpty();
        assertThat(DomainMessageKeysTest.missing(used, Messages.load("zh_CN").keySet())).as("keys missing in Chinese").isEmpty();
    }

    private static void collect(java.util.regex.Matcher matcher, String prefix, Set<String> keys) {
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    keys.add(prefix + matcher.group(group));
                }
            }
        }
    }

    /** Every Java source under the path, one after the other. */
    static String read(Path path) {
        try (var files = Files.walk(path)) {
            var text = new StringBuilder();
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                text.append(Files.readString(file));
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
