package dev.opscharter.adapters.documents.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload readers hold on a small heap: the whole hostile corpus (zip and gzip bombs, ZZZZZZ2,
 * billion laughs, a 100 MB line, …) is read in a JVM of its own with {@value #HEAP}, and every file
 * ends in a refusal (or is read, where the SPEC allows it), never in an OutOfMemoryError.
 */
class HostileReadersSmallHeapTest {

    static final String HEAP = "-Xmx64m";

    @Test
    void the_readers_refuse_the_whole_corpus_in_a_small_heap() throws IOException, InterruptedException {
        var corpus = Path.of("src/test/resources/hostile").toAbsolutePath();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var output = Files.createTempFile("hostile-readers", ".txt");
        var process = new ProcessBuilder(java, HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), HostileCorpusReaders.class.getName(), corpus.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        var lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        Files.delete(output);
        System.out.println(String.join("\n", lines));
        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();

        var expected = new ArrayList<String>();
        for (var line : Files.readAllLines(corpus.resolve("corpus.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.split("\t")[0]);
            }
        }
        expected.add("records/100mb-line.csv");
        var outcomes = lines.stream().filter(line -> line.contains("\t") && !line.startsWith("peak")).toList();
        assertThat(outcomes).extracting(line -> line.split("\t")[0]).containsExactlyElementsOf(expected);
        // every file ends in a refusal key or a read; the use case's own rules (formulas) come after the reader
        assertThat(outcomes).allSatisfy(line -> assertThat(line.split("\t")[1])
                .matches("(compliance|imports)\\.[a-z.-]+|read \\d+ (rows|processes)"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("peak-heap-mb"));
    }
}
