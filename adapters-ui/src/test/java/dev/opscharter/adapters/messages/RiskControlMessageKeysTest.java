package dev.opscharter.adapters.messages;

import dev.opscharter.domain.incidents.IncidentStep;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every source name and line of evidence the risk control and major complaint rate sources write has a text in both
 * languages: the literal keys of each source, and a late or overdue step's key for every step, in calendar and
 * working hours.
 */
class RiskControlMessageKeysTest {

    private static final Path APPLICATION = Path.of("..", "application", "src", "main", "java", "dev", "opscharter",
            "application");
    /** Each source file and the prefix its {@code KEY_PREFIX} stands for. */
    private static final Map<Path, String> SOURCES = Map.of(
            APPLICATION.resolve(Path.of("incidents", "service", "IncidentIndicatorsSource.java")), "evidence.incidents.",
            APPLICATION.resolve(Path.of("incidents", "service", "JudgedIncident.java")), "evidence.incidents.",
            APPLICATION.resolve(Path.of("incidents", "service", "RiskIncidence.java")), "evidence.risk-incidence.",
            APPLICATION.resolve(Path.of("complaints", "service", "MajorComplaintRateSource.java")),
            "evidence.complaints.");
    private static final Pattern EVIDENCE = Pattern.compile("KEY_PREFIX \\+ \"([a-z-]+)\"");
    private static final Pattern SOURCE = Pattern.compile("String SOURCE = \"([a-z-]+)\"");

    @Test
    void every_key_of_the_risk_control_sources_is_in_both_bundles() {
        var used = new TreeSet<String>();
        SOURCES.forEach((file, prefix) -> {
            var text = read(file);
            EVIDENCE.matcher(text).results().forEach(m -> used.add(prefix + m.group(1)));
            SOURCE.matcher(text).results().forEach(m -> used.add("appraisal.source." + m.group(1)));
        });
        for (var state : new String[] {"late", "overdue", "late-working", "overdue-working"}) {
            for (var step : IncidentStep.values()) {
                used.add("evidence.incidents." + state + "." + step.name());
            }
        }

        assertThat(used).as("keys found").contains("appraisal.source.incidents", "appraisal.source.risk-incidence",
                "appraisal.source.complaints", "evidence.incidents.timeliness", "evidence.incidents.major-accident",
                "evidence.risk-incidence.no-metric", "evidence.complaints.month");
        assertThat(DomainMessageKeysTest.missing(used, Messages.load("en").keySet())).as("keys missing in English").isEmpty();
        assertThat(DomainMessageKeysTest.missing(used, Messages.load("zh_CN").keySet())).as("keys missing in Chinese").isEmpty();
    }

    @Test
    void a_late_step_reads_with_its_name_and_hours_in_both_languages() {
        var messages = Messages.bundled();
        var key = "evidence.incidents.late-working.LOCATE_CAUSE";

        assertThat(messages.text(key, Messages.CHINESE, "6.5", "4")).isEqualTo("定位原因超时完成：用时 6.5 个工作小时，时限 4 个工作小时");
        assertThat(messages.text(key, Messages.ENGLISH, "6.5", "4"))
                .isEqualTo("Locate the cause done late: took 6.5 working hours against a limit of 4");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
