package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.application.shared.port.out.RowFiles;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A plain CSV reader for use-case tests: UTF-8 (BOM skipped), gzip by its magic bytes, RFC 4180
 * quotes, blank lines skipped, streamed. None of the real reader's guards against hostile files:
 * those are the documents adapter's, tested there.
 */
public final class PlainCsvFiles implements RowFiles {

    @Override
    public ImportRows open(Path file, String fileName) {
        try {
            return csv(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ImportRows csv(InputStream in) {
        try {
            var counting = new Counting(in);
            var buffered = new BufferedInputStream(counting);
            buffered.mark(2);
            boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
            buffered.reset();
            var reader = new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(buffered) : buffered,
                    StandardCharsets.UTF_8));
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            var rows = new Rows(reader, counting);
            if (!rows.peekAny()) {
                rows.close();
                throw new ImportRefused(1, "imports.refused.empty-file");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Counting extends java.io.FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }

    private static final class Rows implements ImportRows {
        private final BufferedReader in;
        private final Counting counting;
        private List<String> fields = List.of();
        private long nextLine = 1;
        private long line;

        Rows(BufferedReader in, Counting counting) {
            this.in = in;
            this.counting = counting;
        }

        boolean peekAny() throws IOException {
            in.mark(1 << 16);
            int c;
            while ((c = in.read()) == '\r' || c == '\n') {
                // blank
            }
            in.reset();
            return c >= 0;
        }

        @Override
        public boolean next() {
            try {
                while (true) {
                    var record = record();
                    if (record == null) {
                        return false;
                    }
                    if (record.size() > 1 || !record.getFirst().isEmpty()) {
                        fields = record;
                        return true;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<String> record() throws IOException {
            var text = in.readLine();
            if (text == null) {
                return null;
            }
            line = nextLine++;
            var record = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; ; i++) {
                if (i == text.length()) {
                    if (!quoted) {
                        break;
                    }
                    var more = in.readLine();
                    if (more == null) {
                        throw new ImportRefused(line, "imports.refused.unterminated-quote", record.size() + 1);
                    }
                    nextLine++;
                    field.append('\n');
                    text = more;
                    i = -1;
                    continue;
                }
                char c = text.charAt(i);
                if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    record.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            record.add(field.toString());
            return record;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public int fieldCount() {
            return fields.size();
        }

        @Override
        public String field(int index) {
            return fields.get(index);
        }

        @Override
        public long bytesRead() {
            return counting.count;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read only
            }
        }
    }
}
