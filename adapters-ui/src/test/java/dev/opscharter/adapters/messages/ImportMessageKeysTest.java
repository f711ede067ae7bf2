package dev.opscharter.adapters.messages;

import dev.opscharter.application.shared.ImportRefused;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared reader refuses a file of any import (execution records, actuals, costs, respondents) with keys of
 * its own: every one it uses has a text in both languages, and none speaks of what the file was meant to hold.
 */
class ImportMessageKeysTest {

    private static final Path READER = Path.of("src", "main", "java", "dev", "opscharter", "adapters", "documents",
            "shared");
    private static final Path REFUSAL = Path.of("..", "application", "src", "main", "java", "dev", "opscharter",
            "application", "shared", "ImportRefused.java");
    private static final Pattern KEY = Pattern.compile("KEYS \\+ \"([a-z-]+)\"");

    @Test
    void every_refusal_of_the_shared_reader_has_a_neutral_text_in_both_languages() {
        var used = new TreeSet<String>();
        var matcher = KEY.matcher(TargetsMessageKeysTest.read(READER) + TargetsMessageKeysTest.read(REFUSAL));
        while (matcher.find()) {
            used.add(ImportRefused.KEYS + matcher.group(1));
        }
        assertThat(used).as("keys found").contains("imports.refused.empty-file", "imports.refused.corrupt-gzip",
                "imports.refused.not-a-workbook", "imports.refused.too-large", "imports.refused.inflation");

        var english = Messages.load("en");
        var chinese = Messages.load("zh_CN");
        assertThat(DomainMessageKeysTest.missing(used, english.keySet())).as("keys missing in English").isEmpty();
        assertThat(DomainMessageKeysTest.missing(used, chinese.keySet())).as("keys missing in Chinese").isEmpty();
        for (var key : used) {
            assertThat(english.get(key)).as(key).doesNotContainIgnoringCase("record").doesNotContainIgnoringCase("event");
            assertThat(chinese.get(key)).as(key).doesNotContain("执行记录").doesNotContain("事件");
        }
        assertThat(english.keySet()).as("the reader's keys are no longer the execution records' own")
                .doesNotContain("compliance.records.refused.corrupt-gzip", "compliance.records.refused.not-a-workbook");
    }
}
