package dev.opscharter.adapters.documents.shared;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.InflationGuard;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvRowsTest {

    private static List<List<String>> records(byte[] bytes) {
        var all = new ArrayList<List<String>>();
        try (var reader = CsvRows.open(new ByteArrayInputStream(bytes))) {
            while (reader.next()) {
                var record = new ArrayList<String>();
                for (int i = 0; i < reader.fieldCount(); i++) {
                    record.add(reader.field(i));
                }
                all.add(record);
            }
        }
        return all;
    }

    private static List<List<String>> records(String text) {
        return records(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Long> lines(String text) {
        var lines = new ArrayList<Long>();
        try (var reader = CsvRows.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            while (reader.next()) {
                lines.add(reader.line());
            }
        }
        return lines;
    }

    private static ImportRefused refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportRefused refusal(byte[] bytes) {
        return catchThrowableOfType(ImportRefused.class, () -> records(bytes));
    }

    static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void reads_plain_fields_with_crlf_or_lf_and_a_last_line_without_line_end() {
        assertThat(records("a,b,c\r\n1,2,3\n4,5,6")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"),
                List.of("4", "5", "6"));
    }

    @Test
    void quoted_fields_hold_commas_doubled_quotes_and_line_breaks() {
        assertThat(records("\"a,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nx,\"\",y\r\n"))
                .containsExactly(List.of("a,1", "say \"hi\"", "two\r\nlines"), List.of("x", "", "y"));
    }

    @Test
    void empty_fields_and_a_trailing_comma_are_fields_too() {
        assertThat(records("a,,c,\n")).containsExactly(List.of("a", "", "c", ""));
    }

    @Test
    void a_bom_is_skipped_and_blank_lines_are_ignored() {
        assertThat(records("\uFEFFcase_id,x\r\n\r\n1,2\r\n\r\n")).containsExactly(List.of("case_id", "x"),
                List.of("1", "2"));
    }

    @Test
    void a_lone_cr_ends_a_record() {
        assertThat(records("a\rb\r")).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void the_line_of_a_record_is_where_it_starts_counting_breaks_inside_quotes() {
        assertThat(lines("h\r\n\"multi\nline\"\r\nnext\r\n\r\nlast")).containsExactly(1L, 2L, 4L, 6L);
    }

    @Test
    void gzip_is_recognised_by_its_magic_bytes() {
        var plain = "a,b\r\n1,\"2\"\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(records(gzip(plain))).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void chinese_text_and_characters_split_across_buffers_are_read_whole() {
        var text = new StringBuilder("名称,值\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("投诉处理").append(i).append(",\"客户, 服务\"\n");
        }
        var all = records(text.toString());
        assertThat(all).hasSize(20_001);
        assertThat(all.get(19_999)).containsExactly("投诉处理19998", "客户, 服务");
    }

    @Test
    void an_unterminated_quote_is_refused_at_the_line_where_it_opens() {
        var refused = refusal("h\r\nok\r\n\"open\r\nmore\r\nstill");
        assertThat(refused.messageKey()).isEqualTo(CsvRows.UNTERMINATED_QUOTE);
        assertThat(refused.line()).isEqualTo(3);
    }

    @Test
    void a_quote_left_open_at_the_end_refuses_its_record_before_it_is_handed_out() {
        try (var reader = CsvRows.open(new ByteArrayInputStream("h\nok\n\"2026-07-01T09:3".getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.next()).isTrue();
            var refused = catchThrowableOfType(ImportRefused.class, reader::next);
            assertThat(refused.messageKey()).isEqualTo(CsvRows.UNTERMINATED_QUOTE);
            assertThat(refused.line()).isEqualTo(3);
        }
    }

    @Test
    void text_after_a_closing_quote_or_a_quote_inside_a_plain_field_is_refused() {
        assertThat(refusal("h\n\"a\"b,c\n").messageKey()).isEqualTo(CsvRows.STRAY_QUOTE);
        var inside = refusal("h\nx\nab\"c\n");
        assertThat(inside.messageKey()).isEqualTo(CsvRows.STRAY_QUOTE);
        assertThat(inside.line()).isEqualTo(3);
    }

    @Test
    void invalid_utf8_is_refused_as_unknown_encoding_on_its_line() {
        var head = "h\r\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
        var bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = 'x';
        bytes[head.length + 1] = (byte) 0xC3;
        bytes[head.length + 2] = (byte) 0x28;
        bytes[head.length + 3] = '\n';
        var refused = refusal(bytes);
        assertThat(refused.messageKey()).isEqualTo(CsvRows.UNKNOWN_ENCODING);
        assertThat(refused.line()).isEqualTo(5001);
    }

    @Test
    void latin1_and_utf16_files_are_refused_as_unknown_encoding() {
        assertThat(refusal("caf\u00e9,x\n".getBytes(StandardCharsets.ISO_8859_1)).messageKey())
                .isEqualTo(CsvRows.UNKNOWN_ENCODING);
        assertThat(refusal("case_id,x\n".getBytes(StandardCharsets.UTF_16)).messageKey())
                .isEqualTo(CsvRows.UNKNOWN_ENCODING);
    }

    @Test
    void nul_and_control_characters_mark_a_binary_file() {
        assertThat(refusal("a,b\n1,\u0000\n").line()).isEqualTo(2);
        assertThat(refusal("a,\"\u0001\"\n").messageKey()).isEqualTo(CsvRows.UNKNOWN_ENCODING);
    }

    @Test
    void a_corrupt_gzip_stream_is_refused() {
        var zipped = gzip("a,b\n1,2\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
        var truncated = java.util.Arrays.copyOf(zipped, zipped.length / 2);
        assertThat(refusal(truncated).messageKey()).isEqualTo(CsvRows.CORRUPT_COMPRESSION);
        assertThat(refusal(new byte[]{0x1f, (byte) 0x8b, 1, 2, 3}).messageKey()).isEqualTo(CsvRows.CORRUPT_COMPRESSION);
    }

    @Test
    void fields_and_records_have_limits() {
        var longField = "h\n" + "x".repeat(CsvRows.MAX_FIELD + 1) + "\n";
        assertThat(refusal(longField).messageKey()).isEqualTo(CsvRows.FIELD_TOO_LONG);
        var longQuoted = "h\n\"" + "x".repeat(CsvRows.MAX_FIELD + 1) + "\"\n";
        assertThat(refusal(longQuoted).messageKey()).isEqualTo(CsvRows.FIELD_TOO_LONG);
        assertThat(refusal(",".repeat(CsvRows.MAX_FIELDS + 1)).messageKey()).isEqualTo(CsvRows.TOO_MANY_FIELDS);
    }

    @Test
    void a_record_longer_than_a_line_may_be_is_refused_with_its_line() {
        var field = "x".repeat(60_000);
        var refused = refusal("h\n" + (field + ",").repeat(20) + "\n");
        assertThat(refused.messageKey()).isEqualTo(CsvRows.RECORD_TOO_LONG);
        assertThat(refused.line()).isEqualTo(2);
    }

    /** A 100 MB line, made as it is read: the reader refuses it having read no more than a few buffers. */
    @Test
    void a_100_mb_line_is_refused_after_reading_only_its_start() {
        for (var pattern : List.of("x", "x,", "x".repeat(999) + ",")) {
            var line = new RepeatingStream(pattern.getBytes(StandardCharsets.UTF_8), 100L << 20);
            try (var reader = CsvRows.open(line)) {
                assertThatThrownBy(reader::next).isInstanceOf(ImportRefused.class);
            }
            assertThat(line.served).as(pattern.length() + " chars").isLessThan(3L << 20);
        }
    }

    @Test
    void a_gzip_bomb_is_stopped_by_the_bytes_it_inflates_to() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes)) {
            new RepeatingStream("a,b\n".getBytes(StandardCharsets.UTF_8), 64L << 20).transferTo(gzip);
        }
        assertThat(bytes.size()).isLessThan(1 << 20);
        var refused = refusal(bytes.toByteArray());
        assertThat(refused.messageKey()).isEqualTo("imports.refused.inflation");
        assertThat(refused.arguments()).containsExactly((long) InflationGuard.MAX_RATIO);
        assertThat(refused.line()).isGreaterThan(1);
    }

    /** {@code size} bytes of a pattern repeated, counting what it served. */
    static final class RepeatingStream extends InputStream {

        private final byte[] pattern;
        private final long size;
        long served;

        RepeatingStream(byte[] pattern, long size) {
            this.pattern = pattern;
            this.size = size;
        }

        @Override
        public int read() {
            return served < size ? pattern[(int) (served++ % pattern.length)] : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = pattern[(int) (served++ % pattern.length)];
            }
            return n;
        }
    }

    @Test
    void a_failing_stream_is_not_the_files_fault() {
        var failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> {
            try (var reader = CsvRows.open(failing)) {
                reader.next();
            }
        }).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void bytes_read_are_counted_as_given() {
        var zipped = gzip("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        try (var reader = CsvRows.open(new ByteArrayInputStream(zipped))) {
            while (reader.next()) {
                // read all
            }
            assertThat(reader.bytesRead()).isEqualTo(zipped.length);
        }
    }

    @Property(tries = 2000)
    void random_bytes_never_fail_with_anything_but_a_refusal(@ForAll @Size(max = 600) byte[] bytes) {
        try {
            records(bytes);
        } catch (ImportRefused expected) {
            assertThat(expected.line()).isPositive();
        }
    }

    @Property(tries = 500)
    void random_gzip_content_never_fails_with_anything_but_a_refusal(@ForAll @Size(max = 400) byte[] bytes) {
        try {
            records(gzip(bytes));
        } catch (ImportRefused expected) {
            assertThat(expected.line()).isPositive();
        }
    }

    @Property(tries = 1000)
    void quoted_fields_round_trip(@ForAll @Size(max = 5) List<@Size(max = 30) String> values) {
        var clean = values.stream().map(v -> v.replaceAll("[\\x00-\\x1f\\uFEFF\\uD800-\\uDFFF]", "_")).toList();
        var line = new StringBuilder();
        for (int i = 0; i < clean.size(); i++) {
            line.append(i == 0 ? "" : ",").append('"').append(clean.get(i).replace("\"", "\"\"")).append('"');
        }
        var expected = clean.isEmpty() || (clean.size() == 1 && clean.getFirst().isEmpty()) ? List.<List<String>>of()
                : List.of(clean);
        assertThat(records("x\r\n" + line + "\r\n").subList(1, 1 + expected.size())).isEqualTo(expected);
    }
}
