package dev.opscharter.adapters.documents.shared;

import dev.opscharter.application.shared.ImportRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RowFileReaderTest {

    private final RowFileReader files = new RowFileReader();

    @Test
    void a_binary_file_is_refused_as_unknown_encoding(@TempDir Path dir) throws IOException {
        var png = dir.resolve("logo.png");
        Files.write(png, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
        var refused = catchThrowableOfType(ImportRefused.class, () -> {
            try (var rows = files.open(png, "logo.png")) {
                while (rows.next()) {
                    rows.fieldCount();
                }
            }
        });
        assertThat(refused.messageKey()).isEqualTo("imports.refused.unknown-encoding");
        assertThat(refused.line()).isEqualTo(1);
    }

    @Test
    void a_gzip_file_is_read_whatever_its_name(@TempDir Path dir) throws IOException {
        var file = dir.resolve("export.dat");
        Files.write(file, CsvRowsTest.gzip("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        try (var rows = files.open(file, "export.dat")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.next()).isTrue();
            assertThat(rows.field(1)).isEqualTo("2");
            assertThat(rows.line()).isEqualTo(2);
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void an_empty_file_or_one_with_only_a_bom_is_refused_before_anything_is_read() {
        for (var text : new String[]{"", "\uFEFF"}) {
            var refused = catchThrowableOfType(ImportRefused.class,
                    () -> files.csv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
            assertThat(refused.messageKey()).isEqualTo("imports.refused.empty-file");
            assertThat(refused.line()).isEqualTo(1);
        }
    }
}
