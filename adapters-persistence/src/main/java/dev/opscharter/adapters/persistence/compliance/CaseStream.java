package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.ExecutionRecords.CaseHandler;
import dev.opscharter.domain.compliance.CaseEvent;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the output of {@code COPY (select case_id, steps, roles, times ...) TO STDOUT (FORMAT
 * binary)}: one row per case, its events as three parallel arrays in recorded order (V11), and hands
 * each case to a {@link CaseHandler}. The binary format spares both sides text timestamps; step
 * codes and roles, a handful of values repeated millions of times, are decoded once.
 */
final class CaseStream {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final int FIELDS = 4;
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in Unix seconds. */
    private static final long POSTGRES_EPOCH = 946_684_800L;
    private static final int DISTINCT_VALUES = 10_000;

    private final DataInputStream in;
    private final Map<Key, String> values = new HashMap<>();
    private byte[] field = new byte[256];

    CaseStream(InputStream in) {
        this.in = new DataInputStream(in);
    }

    /** Reads to the end, handing over the cases; returns the number of events. */
    long forEachCase(CaseHandler handler) throws IOException {
        var signature = in.readNBytes(SIGNATURE.length);
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new IOException("not a binary COPY stream");
        }
        in.readInt(); // flags
        in.skipNBytes(in.readInt()); // header extension
        long events = 0;
        while (true) {
            short fields = in.readShort();
            if (fields == -1) {
                break;
            }
            if (fields != FIELDS) {
                throw new IOException("expected " + FIELDS + " fields, got " + fields);
            }
            int caseIdLength = readField();
            var caseId = new String(field, 0, caseIdLength, StandardCharsets.UTF_8);
            in.readInt(); // the array's length in bytes: its elements are read one by one
            int size = arrayHeader();
            var steps = new String[size];
            for (int i = 0; i < size; i++) {
                steps[i] = value(readField());
            }
            var roles = new String[size];
            in.readInt();
            expectSize(arrayHeader(), size, caseId);
            for (int i = 0; i < size; i++) {
                roles[i] = value(readField());
            }
            in.readInt();
            expectSize(arrayHeader(), size, caseId);
            var caseEvents = new ArrayList<CaseEvent>(size);
            for (int i = 0; i < size; i++) {
                if (in.readInt() != 8) {
                    throw new IOException("a time of case " + caseId + " is not 8 bytes");
                }
                caseEvents.add(new CaseEvent(steps[i], roles[i], instant(in.readLong())));
            }
            handler.handle(caseId, caseEvents);
            events += size;
        }
        if (in.read() != -1) {
            throw new IOException("data after the end of a binary COPY stream");
        }
        return events;
    }

    /** A one-dimensional array without nulls (or an empty one): returns its number of elements. */
    private int arrayHeader() throws IOException {
        int dimensions = in.readInt();
        int hasNulls = in.readInt();
        in.readInt(); // element type
        if (dimensions == 0) {
            return 0;
        }
        if (dimensions != 1 || hasNulls != 0) {
            throw new IOException("expected a one-dimensional array without nulls");
        }
        int size = in.readInt();
        in.readInt(); // lower bound
        return size;
    }

    private static void expectSize(int size, int expected, String caseId) throws IOException {
        if (size != expected) {
            throw new IOException("case " + caseId + " has " + expected + " steps but " + size + " roles or times");
        }
    }

    private int readField() throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new EOFException("a null where a value is required");
        }
        if (length > field.length) {
            field = new byte[Math.max(length, field.length * 2)];
        }
        in.readFully(field, 0, length);
        return length;
    }

    private String value(int length) {
        var key = new Key(Arrays.copyOf(field, length));
        var known = values.get(key);
        if (known != null) {
            return known;
        }
        var text = new String(key.bytes, StandardCharsets.UTF_8);
        if (values.size() < DISTINCT_VALUES) {
            values.put(key, text);
        }
        return text;
    }

    static Instant instant(long postgresMicros) {
        long seconds = Math.floorDiv(postgresMicros, 1_000_000L);
        long micros = Math.floorMod(postgresMicros, 1_000_000L);
        return Instant.ofEpochSecond(POSTGRES_EPOCH + seconds, micros * 1_000L);
    }

    /** Bytes compared by content, for decoding repeated values once. */
    private record Key(byte[] bytes) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(bytes, key.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }
}
