package dev.opscharter.adapters.documents.shared;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.application.shared.InflationGuard;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * CSV as rows (SPEC §4), parsed by FastCSV: comma-separated, RFC 4180 quotes (line breaks allowed
 * inside), records ended by CRLF, LF or a lone CR, blank lines skipped, one record held at a time.
 * Around the library sit this project's guards: UTF-8 only ({@link StrictUtf8}: BOM skipped, bad
 * bytes refused on their line), gzip recognised by its magic bytes, a file inflating past
 * {@link ImportRows#MAX_UNCOMPRESSED_BYTES} or {@value InflationGuard#MAX_RATIO} times refused
 * ({@link InflationGuard}), and per field ({@link Fields}) the limits of {@link ImportRows}, control
 * characters (a binary file) and a quote inside an unquoted field. FastCSV itself refuses text after a
 * closing quote; its buffer never holds more than one field, so a 100 MB line is refused early.
 * Every refusal is an {@link ImportRefused} with the line where the record starts; a failure of the
 * stream itself is an {@link UncheckedIOException}.
 */
public final class CsvRows implements ImportRows {

    public static final int MAX_FIELD = ImportRows.MAX_FIELD_LENGTH;
    public static final int MAX_FIELDS = ImportRows.MAX_FIELDS;

    static final String UNKNOWN_ENCODING = ImportRefused.KEYS + "unknown-encoding";
    static final String CORRUPT_COMPRESSION = ImportRefused.KEYS + "corrupt-gzip";
    static final String UNTERMINATED_QUOTE = ImportRefused.KEYS + "unterminated-quote";
    static final String STRAY_QUOTE = ImportRefused.KEYS + "stray-quote";
    static final String FIELD_TOO_LONG = ImportRefused.KEYS + "field-too-long";
    static final String TOO_MANY_FIELDS = ImportRefused.KEYS + "too-many-fields";
    static final String RECORD_TOO_LONG = ImportRefused.KEYS + "record-too-long";

    private static final int MAX_BUFFER = Integer.highestOneBit(2 * MAX_FIELD + 2) << 1;

    private final StrictUtf8 text;
    private final Fields handler = new Fields();
    private final CsvReader<String[]> reader;
    private final CloseableIterator<String[]> records;
    private String[] fields = new String[0];
    private long line = 1;

    private CsvRows(StrictUtf8 text) {
        this.text = text;
        this.reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(false)
                .skipEmptyLines(true)
                // a raw field of MAX_FIELD characters, every one a doubled quote, fits (the buffer grows
                // by doubling, so its limit is a power of two); a field of megabytes does not
                .maxBufferSize(MAX_BUFFER)
                .build(handler, text);
        this.records = reader.iterator();
    }

    /** Reads plain or gzip-compressed UTF-8 CSV from the stream (which the rows close). */
    public static CsvRows open(InputStream in) {
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
            StrictUtf8.closeQuietly(bytes);
            throw refusedOrFailed(counting, e, 1);
        }
        return new CsvRows(new StrictUtf8(bytes, counting));
    }

    @Override
    public boolean next() {
        try {
            while (records.hasNext()) {
                var record = records.next();
                line = handler.line;
                refuseUnterminatedQuote();
                if (record.length > 1 || (record.length == 1 && !record[0].isEmpty())) {
                    fields = record;
                    return true;
                }
            }
        } catch (ImportRefused refused) {
            throw refused;
        } catch (RuntimeException e) {
            throw translated(e);
        }
        if (text.quotes() % 2 != 0) {
            // every closed quoted field has an even number of quotes, an unquoted one none
            throw new ImportRefused(handler.line, UNTERMINATED_QUOTE, Math.max(1, handler.quotedField));
        }
        return false;
    }

    /**
     * FastCSV ends a quoted field left open at the end of the file as if it were closed: the last
     * record is refused instead, before anyone reads it as data (every closed quoted field has an
     * even number of quotes, an unquoted one none).
     */
    private void refuseUnterminatedQuote() {
        if (text.ended() && text.quotes() % 2 != 0) {
            long at = line;
            int field = Math.max(1, handler.quotedField);
            if (!records.hasNext()) {
                throw new ImportRefused(at, UNTERMINATED_QUOTE, field);
            }
        }
    }

    /** The library wraps what went wrong below it: the refusal it means, or the failure of the stream. */
    private RuntimeException translated(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportRefused refused) {
                return refused;
            }
            if (cause instanceof InflationGuard.Exceeded exceeded) {
                return ImportRefused.inflated(exceeded, text.line());
            }
            if (cause instanceof StrictUtf8.NotUtf8) {
                return new ImportRefused(text.line(), UNKNOWN_ENCODING);
            }
            if (cause instanceof IOException io) {
                return refusedOrFailed(text.source, io, handler.line);
            }
            var message = String.valueOf(cause.getMessage());
            if (message.startsWith("Unexpected character after closing quote")) {
                return new ImportRefused(handler.line, STRAY_QUOTE, Math.max(1, handler.fields));
            }
            if (message.startsWith("The maximum buffer size")) {
                return new ImportRefused(handler.line, FIELD_TOO_LONG, handler.fields + 1, MAX_FIELD);
            }
        }
        return e;
    }

    /** Whether the input holds nothing but (at most) a BOM. */
    public boolean isEmpty() {
        try {
            return text.isEmpty();
        } catch (IOException e) {
            throw refusedOrFailed(text.source, e, 1);
        } catch (InflationGuard.Exceeded exceeded) {
            throw ImportRefused.inflated(exceeded, 1);
        }
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public int fieldCount() {
        return fields.length;
    }

    @Override
    public String field(int index) {
        return fields[index];
    }

    /** Bytes read from the stream as given (compressed bytes for a gzip file). */
    @Override
    public long bytesRead() {
        return text.source.count;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // only read from: a failed close loses nothing
        }
    }

    /** Bad bytes are the file's fault (a refusal); a failing stream is not. */
    static RuntimeException refusedOrFailed(CountingInputStream source, IOException e, long line) {
        if (e instanceof StrictUtf8.NotUtf8) {
            return new ImportRefused(line, UNKNOWN_ENCODING);
        }
        if (source.failed) {
            return new UncheckedIOException("cannot read the file", e);
        }
        return new ImportRefused(line, CORRUPT_COMPRESSION);
    }

    /** Each field as the library completes it, checked against the limits before it is kept. */
    private static final class Fields extends AbstractBaseCsvCallbackHandler<String[]> {

        private String[] values = new String[16];
        long line = 1;
        int fields;
        int quotedField;
        private int recordLength;

        @Override
        protected void handleBegin(long startingLineNumber) {
            line = startingLineNumber;
            fields = 0;
            recordLength = 0;
        }

        @Override
        protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
            if (length > MAX_FIELD) {
                throw new ImportRefused(line, FIELD_TOO_LONG, index + 1, MAX_FIELD);
            }
            if (index >= MAX_FIELDS) {
                throw new ImportRefused(line, TOO_MANY_FIELDS, MAX_FIELDS);
            }
            recordLength += length;
            if (recordLength > ImportRows.MAX_RECORD_LENGTH) {
                throw new ImportRefused(line, RECORD_TOO_LONG, ImportRows.MAX_RECORD_LENGTH);
            }
            long at = line;
            for (int i = offset; i < offset + length; i++) {
                char c = buffer[i];
                if (c < 0x20 || c == '"') {
                    if (c == '"' && !quoted) {
                        throw new ImportRefused(at, STRAY_QUOTE, index + 1);
                    }
                    if (c == '\n' || (c == '\r' && (i + 1 == offset + length || buffer[i + 1] != '\n'))) {
                        at++;
                    } else if (c != '"' && c != '\t' && c != '\r') {
                        throw new ImportRefused(at, UNKNOWN_ENCODING);
                    }
                }
            }
            if (quoted) {
                quotedField = index + 1;
            }
            if (index == values.length) {
                values = Arrays.copyOf(values, Math.min(values.length * 2, MAX_FIELDS));
            }
            values[index] = length == 0 ? "" : new String(buffer, offset, length);
            fields = index + 1;
        }

        @Override
        protected String[] buildRecord() {
            return Arrays.copyOf(values, fields);
        }
    }
}
