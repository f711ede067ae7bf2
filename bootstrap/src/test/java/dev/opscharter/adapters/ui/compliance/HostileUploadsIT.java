package dev.opscharter.adapters.ui.compliance;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile upload corpus (test resources {@code hostile/}, made by its {@code make_corpus.py}, plus
 * a 100 MB line and an oversized manual made here as they are uploaded) through the real uploads of
 * the execution records and process manual pages, their readers and use cases, on real PostgreSQL.
 * Each file must be refused with the message its manifest names, and leave every table it could
 * touch (events, cases, the manual, attachments, the audit trail) as it was; a file the SPEC allows
 * (a UTF-8 BOM) must be imported. The outcome of every file is kept in
 * {@code target/hostile-uploads.json} for the README.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class HostileUploadsIT extends ViewTest {

    private static final List<String> TABLES = List.of("execution_case", "process",
            "process_version", "process_step", "attachment", "audit_entry");
    private static final List<Map<String, String>> OUTCOMES = new ArrayList<>();

    @Autowired
    DataSource dataSource;

    /** One file: where it is uploaded, the refusal expected (or "accepted") and its bytes as uploaded. */
    record Hostile(String name, String target, String expected, long size, Supplier<InputStream> content) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> corpus() throws IOException {
        var files = new ArrayList<Hostile>();
        try (var manifest = resource("hostile/corpus.tsv")) {
            for (var line : new String(manifest.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var field = line.split("\t");
                var bytes = bytes("hostile/" + field[0]);
                files.add(new Hostile(field[0], field[1], field[2], bytes.length, () -> new ByteArrayInputStream(bytes)));
            }
        }
        // made as it is uploaded: a 100 MB line is never held in memory, here or by the import
        var header = "case_id,process_code,step_code,actor_role,occurred_at\r\n".getBytes(StandardCharsets.UTF_8);
        long line = 100L << 20;
        files.add(new Hostile("records/100mb-line.csv", "records", "imports.refused.field-too-long",
                header.length + line, () -> new SequenceInputStream(new ByteArrayInputStream(header),
                new Repeating((byte) 'x', line))));
        long manual = (2L << 20) + 1;
        files.add(new Hostile("manual/oversized.yaml", "manual", "compliance.manual.yaml.too-large", manual,
                () -> new Repeating((byte) '#', manual)));
        return files.stream().map(Arguments::of);
    }

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void every_hostile_file_is_refused_with_its_limit_named_and_nothing_stored(Hostile file) throws SQLException {
        var before = counts();

        var shown = file.target().equals("records") ? uploadRecords(file) : uploadManual(file);

        var after = counts();
        boolean stored = !after.equals(before);
        var outcome = new LinkedHashMap<String, String>();
        outcome.put("file", file.name());
        outcome.put("bytes", Long.toString(file.size()));
        outcome.put("expected", file.expected());
        outcome.put("shown", shown);
        outcome.put("stored", Boolean.toString(stored));
        synchronized (OUTCOMES) {
            OUTCOMES.add(outcome);
        }
        if (file.expected().equals("accepted")) {
            assertThat(shown).as("imported").contains("HOSTILE").doesNotContain("not imported");
            return;
        }
        assertThat(shown).as("the message names the limit").contains(literal(file.expected()));
        assertThat(after).as("nothing stored").isEqualTo(before);
    }

    /** What the browser refuses (too large, wrong type) never reaches the server: the page says so itself. */
    @Test
    void a_file_the_browser_refuses_is_said_not_dropped() {
        UI.getCurrent().navigate("compliance/manual");
        var upload = $(Upload.class).id("manual-import");
        var tooBig = UI.getCurrent().getTranslation("compliance.manual.yaml.too-large", 2);
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, tooBig, "manual.yaml"));
        assertThat(notifications()).contains(tooBig);

        UI.getCurrent().navigate("compliance/records");
        var records = $(Upload.class).id("records-upload");
        var type = UI.getCurrent().getTranslation("compliance.records.file-type");
        ComponentUtil.fireEvent(records, new FileRejectedEvent(records, type, "setup.exe"));
        assertThat(notifications()).contains(type);
    }

    private String uploadRecords(Hostile file) {
        UI.getCurrent().navigate("compliance/records");
        var name = file.name().substring(file.name().indexOf('/') + 1);
        test($(Upload.class).id("records-upload")).upload(name, "application/octet-stream", file.content().get());
        BackgroundOutcome.await(() -> !$(Div.class).id("records-result").getChildren().toList().isEmpty());
        return $(Div.class).id("records-result").getElement().getTextRecursively();
    }

    private String uploadManual(Hostile file) {
        UI.getCurrent().navigate("compliance/manual");
        var name = file.name().substring(file.name().indexOf('/') + 1);
        test($(Upload.class).id("manual-import")).upload(name, "application/octet-stream", file.content().get());
        var problems = $(ListItem.class).all().stream().map(ListItem::getText).toList();
        return String.join("\n", problems) + "\n" + String.join("\n", notifications());
    }

    /** The longest fixed part of the message (without its arguments) in the user's language. */
    private static String literal(String key) {
        var pattern = UI.getCurrent().getTranslation(key);
        assertThat(pattern).as("a message for " + key).doesNotStartWith("!").isNotEqualTo(key);
        // the pattern as MessageFormat reads it: '' is one quote
        return Arrays.stream(pattern.replace("''", "'").split("\\{\\d+[^}]*}"))
                .max(Comparator.comparingInt(String::length)).orElseThrow().strip();
    }

    private Map<String, Long> counts() throws SQLException {
        var counts = new LinkedHashMap<String, Long>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (var table : TABLES) {
                try (var rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The summary the README quotes: files tried, refused cleanly (message and nothing stored), stored anything. */
    @AfterAll
    static void keep_the_summary() throws IOException {
        long tried = OUTCOMES.size();
        long accepted = OUTCOMES.stream().filter(o -> o.get("expected").equals("accepted")).count();
        long storedAnything = OUTCOMES.stream()
                .filter(o -> !o.get("expected").equals("accepted") && o.get("stored").equals("true")).count();
        long refused = OUTCOMES.stream().filter(o -> !o.get("expected").equals("accepted")
                && o.get("stored").equals("false") && !o.get("shown").isBlank()).count();
        var json = new StringBuilder("{\n  \"tried\": ").append(tried)
                .append(",\n  \"hostile\": ").append(tried - accepted)
                .append(",\n  \"refusedCleanly\": ").append(refused)
                .append(",\n  \"storedAnything\": ").append(storedAnything)
                .append(",\n  \"acceptedAsTheSpecAllows\": ").append(accepted)
                .append(",\n  \"files\": [\n");
        for (int i = 0; i < OUTCOMES.size(); i++) {
            var o = OUTCOMES.get(i);
            json.append("    {\"file\": ").append(quoted(o.get("file")))
                    .append(", \"bytes\": ").append(o.get("bytes"))
                    .append(", \"expected\": ").append(quoted(o.get("expected")))
                    .append(", \"stored\": ").append(o.get("stored"))
                    .append(", \"shown\": ").append(quoted(o.get("shown").strip())).append("}")
                    .append(i + 1 < OUTCOMES.size() ? ",\n" : "\n");
        }
        json.append("  ]\n}\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "hostile-uploads.json"), json);
    }

    private static String quoted(String text) {
        var out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private static InputStream resource(String path) {
        return Objects.requireNonNull(HostileUploadsIT.class.getClassLoader().getResourceAsStream(path), path);
    }

    private static byte[] bytes(String path) {
        try (var in = resource(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code size} copies of one byte, made as they are read. */
    static final class Repeating extends InputStream {

        private final byte value;
        private long left;

        Repeating(byte value, long size) {
            this.value = value;
            this.left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, value);
            left -= n;
            return n;
        }
    }
}
