package dev.opscharter.adapters.documents.compliance;

import dev.opscharter.application.compliance.ImportRefused;
import dev.opscharter.application.compliance.ImportRows;
import dev.opscharter.application.shared.InflationGuard;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes with {@code ""}
 * for a quote and line breaks allowed inside, records ended by CRLF, LF or a lone CR, the last one
 * with or without a line end. Blank lines are skipped. The input is UTF-8 (a BOM is skipped); a
 * gzip stream (magic bytes {@code 1f 8b}) is decompressed on the fly. Only one record is held at a
 * time, so a file of any size reads in constant memory.
 *
 * <p>Everything wrong with the content is an {@link ImportRefused} with the line where the record
 * starts: bytes that are not UTF-8, NUL and other control characters (a binary file), a quote that
 * is never closed, text after a closing quote or a quote inside an unquoted field, a field longer
 * than {@value #MAX_FIELD} characters, a record of more than {@value #MAX_FIELDS} fields or
 * {@value ImportRows#MAX_RECORD_LENGTH} characters, a file that inflates past
 * {@link ImportRows#MAX_UNCOMPRESSED_BYTES} or, compressed, more than
 * {@value InflationGuard#MAX_RATIO} times (a gzip bomb, stopped by the bytes it inflates to). A failure
 * of the underlying stream itself is an {@link UncheckedIOException}.
 */
public final class CsvReader implements ImportRows {

    /** No field may be longer (bounds the memory a hostile file can take). */
    public static final int MAX_FIELD = ImportRows.MAX_FIELD_LENGTH;
    public static final int MAX_FIELDS = ImportRows.MAX_FIELDS;

    static final String UNKNOWN_ENCODING = "compliance.records.refused.unknown-encoding";
    static final String CORRUPT_COMPRESSION = "compliance.records.refused.corrupt-gzip";
    static final String UNTERMINATED_QUOTE = "compliance.records.refused.unterminated-quote";
    static final String STRAY_QUOTE = "compliance.records.refused.stray-quote";
    static final String FIELD_TOO_LONG = "compliance.records.refused.field-too-long";
    static final String TOO_MANY_FIELDS = "compliance.records.refused.too-many-fields";
    static final String RECORD_TOO_LONG = "compliance.records.refused.record-too-long";

    private static final int EOF = -1;

    private final InputStream input;
    private final CountingInputStream source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final char[] buffer = new char[1 << 16];
    private final CharBuffer chars = CharBuffer.wrap(buffer);
    private boolean inputEnded;
    private boolean badBytesAhead;
    private boolean drained;
    private int position;
    private int limit;
    private boolean ended;
    private boolean started;

    private long line = 1;
    private long recordLine = 1;
    private String[] fields = new String[16];
    private int fieldCount;
    private int recordLength;
    private final StringBuilder pending = new StringBuilder(64);

    private CsvReader(CountingInputStream source, InputStream input) {
        this.source = source;
        this.input = input;
    }

    /** Reads plain or gzip-compressed UTF-8 CSV from the stream (which this reader closes). */
    public static CsvReader open(InputStream in) {
        var counting = new CountingInputStream(in);
        InputStream bytes = new BufferedInputStream(counting, 1 << 16);
        try {
            bytes.mark(2);
            int first = bytes.read();
            int second = bytes.read();
            bytes.reset();
            // a gzip bomb is stopped by the bytes it inflates to, a plain file by its size
            bytes = first == 0x1f && second == 0x8b
                    ? InflationGuard.inflated(new GZIPInputStream(bytes, 1 << 16), () -> counting.count,
                    ImportRows.MAX_UNCOMPRESSED_BYTES)
                    : InflationGuard.plain(bytes, ImportRows.MAX_UNCOMPRESSED_BYTES);
        } catch (IOException e) {
            close(bytes);
            throw refusedOrFailed(counting, e, 1);
        }
        return new CsvReader(counting, bytes);
    }

    /** Bytes read from the stream as given (compressed bytes for a gzip file). */
    public long bytesRead() {
        return source.count;
    }

    /** The line on which the current record starts (1-based). */
    public long line() {
        return recordLine;
    }

    public int fieldCount() {
        return fieldCount;
    }

    /** A field of the current record, {@code 0 <= index < fieldCount()}. */
    public String field(int index) {
        if (index >= fieldCount) {
            throw new IndexOutOfBoundsException(index);
        }
        return fields[index];
    }

    /** Advances to the next non-blank record; {@code false} at the end of the input. */
    public boolean next() {
        while (true) {
            if (!readRecord()) {
                return false;
            }
            if (fieldCount > 1 || !fields[0].isEmpty()) {
                return true;
            }
        }
    }

    /** Whether the input holds nothing but (at most) a BOM. */
    public boolean isEmpty() {
        return peek() == EOF;
    }

    @Override
    public void close() {
        close(input);
    }

    private static void close(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // only read from: a failed close loses nothing
        }
    }

    private boolean readRecord() {
        fieldCount = 0;
        recordLength = 0;
        if (peek() == EOF) {
            return false;
        }
        recordLine = line;
        while (true) {
            int c = peek();
            boolean more = c == '"' ? quotedField() : plainField();
            if (!more) {
                return true;
            }
        }
    }

    /** Reads an unquoted field; returns whether another field of the record follows. */
    private boolean plainField() {
        pending.setLength(0);
        while (true) {
            if (position >= limit && !fill()) {
                addField(take(position, position));
                return false;
            }
            int start = position;
            char[] b = buffer;
            int end = limit;
            int i = start;
            while (i < end) {
                char c = b[i];
                if (c == ',' || c == '\n' || c == '\r' || c == '"' || (c < 0x20 && c != '\t')) {
                    break;
                }
                i++;
            }
            if (i == end) {
                append(b, start, i - start);
                position = end;
                continue;
            }
            char c = b[i];
            String value = take(start, i);
            position = i + 1;
            switch (c) {
                case ',' -> {
                    addField(value);
                    return true;
                }
                case '\n' -> {
                    addField(value);
                    line++;
                    return false;
                }
                case '\r' -> {
                    addField(value);
                    if (peek() == '\n') {
                        position++;
                    }
                    line++;
                    return false;
                }
                case '"' -> throw new ImportRefused(line, STRAY_QUOTE, fieldCount + 1);
                default -> throw new ImportRefused(line, UNKNOWN_ENCODING);
            }
        }
    }

    /** Reads a quoted field (at its opening quote); returns whether another field of the record follows. */
    private boolean quotedField() {
        long opened = line;
        position++;
        pending.setLength(0);
        while (true) {
            int c = read();
            switch (c) {
                case EOF -> throw new ImportRefused(opened, UNTERMINATED_QUOTE, fieldCount + 1);
                case '"' -> {
                    if (peek() == '"') {
                        position++;
                        appendChar('"');
                    } else {
                        return afterClosingQuote();
                    }
                }
                case '\n' -> {
                    line++;
                    appendChar('\n');
                }
                case '\r', '\t' -> appendChar((char) c);
                default -> {
                    if (c < 0x20) {
                        throw new ImportRefused(line, UNKNOWN_ENCODING);
                    }
                    appendChar((char) c);
                }
            }
        }
    }

    private boolean afterClosingQuote() {
        addField(pending.toString());
        int c = read();
        switch (c) {
            case ',' -> {
                return true;
            }
            case EOF -> {
                return false;
            }
            case '\n' -> {
                line++;
                return false;
            }
            case '\r' -> {
                if (peek() == '\n') {
                    position++;
                }
                line++;
                return false;
            }
            default -> throw new ImportRefused(line, STRAY_QUOTE, fieldCount);
        }
    }

    private String take(int start, int end) {
        if (pending.isEmpty()) {
            return end == start ? "" : new String(buffer, start, end - start);
        }
        append(buffer, start, end - start);
        return pending.toString();
    }

    private void append(char[] chars, int offset, int length) {
        if (pending.length() + length > MAX_FIELD) {
            throw new ImportRefused(recordLine, FIELD_TOO_LONG, fieldCount + 1, MAX_FIELD);
        }
        pending.append(chars, offset, length);
    }

    private void appendChar(char c) {
        if (pending.length() >= MAX_FIELD) {
            throw new ImportRefused(recordLine, FIELD_TOO_LONG, fieldCount + 1, MAX_FIELD);
        }
        pending.append(c);
    }

    private void addField(String value) {
        if (value.length() > MAX_FIELD) {
            throw new ImportRefused(recordLine, FIELD_TOO_LONG, fieldCount + 1, MAX_FIELD);
        }
        recordLength += value.length();
        if (recordLength > ImportRows.MAX_RECORD_LENGTH) {
            throw new ImportRefused(recordLine, RECORD_TOO_LONG, ImportRows.MAX_RECORD_LENGTH);
        }
        if (fieldCount == fields.length) {
            if (fields.length >= MAX_FIELDS) {
                throw new ImportRefused(recordLine, TOO_MANY_FIELDS, MAX_FIELDS);
            }
            fields = Arrays.copyOf(fields, Math.min(fields.length * 2, MAX_FIELDS));
        }
        fields[fieldCount++] = value;
    }

    private int read() {
        if (position >= limit && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    private int peek() {
        if (position >= limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    /**
     * Decodes the next chunk into the buffer. Bytes that are not UTF-8 are refused only once the
     * characters before them have been parsed, so the refusal names the line they are on.
     */
    private boolean fill() {
        if (ended) {
            return false;
        }
        if (badBytesAhead) {
            throw new ImportRefused(line, UNKNOWN_ENCODING);
        }
        if (drained) {
            ended = true;
            return false;
        }
        try {
            chars.clear();
            while (true) {
                var result = decoder.decode(bytes, chars, inputEnded);
                if (result.isError()) {
                    if (chars.position() == 0) {
                        throw new ImportRefused(line, UNKNOWN_ENCODING);
                    }
                    badBytesAhead = true;
                    break;
                }
                if (result.isOverflow()) {
                    break;
                }
                if (inputEnded) {
                    decoder.flush(chars);
                    drained = true;
                    break;
                }
                if (chars.position() > 0 && chars.remaining() < 8) {
                    break;
                }
                bytes.compact();
                int n = input.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    inputEnded = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            position = 0;
            limit = chars.position();
            if (limit == 0) {
                ended = true;
                return false;
            }
            if (!started) {
                started = true;
                if (buffer[0] == '\uFEFF') {
                    position = 1;
                    if (limit == 1) {
                        return fill();
                    }
                }
            }
            return true;
        } catch (IOException e) {
            throw refusedOrFailed(source, e, line);
        } catch (InflationGuard.Exceeded exceeded) {
            throw ImportRefused.inflated(exceeded, line);
        }
    }

    /** Bad bytes are the file's fault (a refusal); a failing stream is not. */
    private static RuntimeException refusedOrFailed(CountingInputStream source, IOException e, long line) {
        if (source.failed) {
            return new UncheckedIOException("cannot read the file", e);
        }
        return new ImportRefused(line, CORRUPT_COMPRESSION);
    }

    /** Counts the bytes read and remembers whether the stream itself failed. */
    private static final class CountingInputStream extends FilterInputStream {

        volatile long count;
        boolean failed;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                if (b >= 0) {
                    count++;
                }
                return b;
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = in.read(b, off, len);
                if (n > 0) {
                    count += n;
                }
                return n;
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
