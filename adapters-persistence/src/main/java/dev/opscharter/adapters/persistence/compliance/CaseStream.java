package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.ExecutionRecords.CaseHandler;
import dev.opscharter.domain.compliance.CaseEvent;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Reads the output of {@code COPY (select case_id, steps, roles, times ...) TO STDOUT (FORMAT
 * binary)}: one row per case, its events as three parallel arrays in recorded order (V11), and hands
 * each case to a {@link CaseHandler}. The binary format spares both sides text timestamps. The
 * stream is read in large blocks and decoded in place (a check reads millions of small fields: a
 * stream call per field cost more than the judging); step codes and roles, a handful of values
 * repeated millions of times, are decoded once and found again without copying their bytes.
 */
final class CaseStream {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final int FIELDS = 4;
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in Unix seconds. */
    private static final long POSTGRES_EPOCH = 946_684_800L;

    private final InputStream in;
    private final RepeatedValues values = new RepeatedValues();
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    CaseStream(InputStream in) {
        this.in = in;
    }

    /** Reads to the end, handing over the cases; returns the number of events. */
    long forEachCase(CaseHandler handler) throws IOException {
        require(SIGNATURE.length + 8);
        if (!Arrays.equals(buffer, position, position + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IOException("not a binary COPY stream");
        }
        position += SIGNATURE.length;
        readInt(); // flags
        skip(readInt()); // header extension
        long events = 0;
        while (true) {
            require(2);
            short fields = (short) ((buffer[position] & 0xff) << 8 | buffer[position + 1] & 0xff);
            position += 2;
            if (fields == -1) {
                break;
            }
            if (fields != FIELDS) {
                throw new IOException("expected " + FIELDS + " fields, got " + fields);
            }
            int caseIdLength = fieldLength();
            var caseId = new String(buffer, position, caseIdLength, StandardCharsets.UTF_8);
            position += caseIdLength;
            int size = arrayHeader();
            var steps = new String[size];
            for (int i = 0; i < size; i++) {
                steps[i] = value();
            }
            expectSize(arrayHeader(), size, caseId);
            var roles = new String[size];
            for (int i = 0; i < size; i++) {
                roles[i] = value();
            }
            expectSize(arrayHeader(), size, caseId);
            var caseEvents = new ArrayList<CaseEvent>(size);
            for (int i = 0; i < size; i++) {
                if (readInt() != 8) {
                    throw new IOException("a time of case " + caseId + " is not 8 bytes");
                }
                caseEvents.add(new CaseEvent(steps[i], roles[i], instant(readLong())));
            }
            handler.handle(caseId, caseEvents);
            events += size;
        }
        if (position < limit || in.read() != -1) {
            throw new IOException("data after the end of a binary COPY stream");
        }
        return events;
    }

    /** A field that holds a one-dimensional array without nulls (or an empty one): its number of elements. */
    private int arrayHeader() throws IOException {
        fieldLength(); // the array's bytes: its elements are read one by one
        int dimensions = readInt();
        int hasNulls = readInt();
        readInt(); // element type
        if (dimensions == 0) {
            return 0;
        }
        if (dimensions != 1 || hasNulls != 0) {
            throw new IOException("expected a one-dimensional array without nulls");
        }
        int size = readInt();
        readInt(); // lower bound
        return size;
    }

    private static void expectSize(int size, int expected, String caseId) throws IOException {
        if (size != expected) {
            throw new IOException("case " + caseId + " has " + expected + " steps but " + size + " roles or times");
        }
    }

    /** The length of the next field (or array element), its bytes then available in the buffer. */
    private int fieldLength() throws IOException {
        int length = readInt();
        if (length < 0) {
            throw new EOFException("a null where a value is required");
        }
        require(length);
        return length;
    }

    /** The next array element as a step code or role. */
    private String value() throws IOException {
        int length = fieldLength();
        var text = values.decode(buffer, position, length);
        position += length;
        return text;
    }

    private int readInt() throws IOException {
        require(4);
        int value = (buffer[position] & 0xff) << 24 | (buffer[position + 1] & 0xff) << 16
                | (buffer[position + 2] & 0xff) << 8 | buffer[position + 3] & 0xff;
        position += 4;
        return value;
    }

    private long readLong() throws IOException {
        long high = readInt();
        return high << 32 | readInt() & 0xffffffffL;
    }

    private void skip(int bytes) throws IOException {
        require(bytes);
        position += bytes;
    }

    /** Makes the next {@code bytes} bytes available from {@code position}, reading more of the stream. */
    private void require(int bytes) throws IOException {
        if (limit - position >= bytes) {
            return;
        }
        if (bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(bytes, buffer.length * 2));
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < bytes) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                throw new EOFException("a binary COPY stream ended early");
            }
            limit += read;
        }
    }

    static Instant instant(long postgresMicros) {
        long seconds = Math.floorDiv(postgresMicros, 1_000_000L);
        long micros = Math.floorMod(postgresMicros, 1_000_000L);
        return Instant.ofEpochSecond(POSTGRES_EPOCH + seconds, micros * 1_000L);
    }

    /**
     * Decoded values by their UTF-8 bytes, looked up in place (open addressing, no key copied); up to
     * {@link #MAX_VALUES} of them, beyond which values are decoded each time.
     */
    private static final class RepeatedValues {

        private static final int SLOTS = 1 << 15;
        private static final int MAX_VALUES = SLOTS / 2;

        private final byte[][] keys = new byte[SLOTS][];
        private final String[] texts = new String[SLOTS];
        private int count;

        String decode(byte[] source, int offset, int length) {
            int hash = 1;
            for (int i = offset; i < offset + length; i++) {
                hash = 31 * hash + source[i];
            }
            int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
            while (keys[slot] != null) {
                if (Arrays.equals(keys[slot], 0, keys[slot].length, source, offset, offset + length)) {
                    return texts[slot];
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            var text = new String(source, offset, length, StandardCharsets.UTF_8);
            if (count < MAX_VALUES) {
                keys[slot] = Arrays.copyOfRange(source, offset, offset + length);
                texts[slot] = text;
                count++;
            }
            return text;
        }
    }
}
