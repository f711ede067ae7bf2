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
import java.util.List;
import java.util.Map;

/**
 * Reads the output of {@code COPY (select case_id, step_code, actor_role, occurred_at, seq ...) TO
 * STDOUT (FORMAT binary)}, rows grouped by case and ordered by time within a case, and hands each
 * case to a {@link CaseHandler}. The binary format spares both sides text timestamps; step codes and
 * roles, a handful of values repeated millions of times, are decoded once. Events equal in time keep
 * their recorded order (seq): the index orders them by step and role, so a case with such a tie is
 * re-sorted, which is rare and cheap.
 */
final class CaseStream {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final int FIELDS = 5;
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
        byte[] currentCase = new byte[0];
        int currentLength = -1;
        String caseId = null;
        var events = new ArrayList<CaseEvent>();
        var seqs = new long[64];
        long rows = 0;
        while (true) {
            short fields = in.readShort();
            if (fields == -1) {
                break;
            }
            if (fields != FIELDS) {
                throw new IOException("expected " + FIELDS + " fields, got " + fields);
            }
            int length = readField();
            if (length != currentLength || !Arrays.equals(field, 0, length, currentCase, 0, length)) {
                if (caseId != null) {
                    handler.handle(caseId, inRecordedOrder(events, seqs));
                    events = new ArrayList<>(events.size());
                }
                currentCase = Arrays.copyOf(field, length);
                currentLength = length;
                caseId = new String(currentCase, StandardCharsets.UTF_8);
            }
            var step = value(readField());
            var role = value(readField());
            in.readInt();
            long micros = in.readLong();
            in.readInt();
            long seq = in.readLong();
            if (events.size() == seqs.length) {
                seqs = Arrays.copyOf(seqs, seqs.length * 2);
            }
            seqs[events.size()] = seq;
            events.add(new CaseEvent(step, role, instant(micros)));
            rows++;
        }
        if (caseId != null) {
            handler.handle(caseId, inRecordedOrder(events, seqs));
        }
        if (in.read() != -1) {
            throw new IOException("data after the end of a binary COPY stream");
        }
        return rows;
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

    /** The events by time, ties in recorded order (seq). */
    private static List<CaseEvent> inRecordedOrder(List<CaseEvent> events, long[] seqs) {
        boolean tieOutOfOrder = false;
        for (int i = 1; i < events.size() && !tieOutOfOrder; i++) {
            tieOutOfOrder = events.get(i).occurredAt().equals(events.get(i - 1).occurredAt()) && seqs[i] < seqs[i - 1];
        }
        if (!tieOutOfOrder) {
            return events;
        }
        var order = new Integer[events.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byTime = events.get(a).occurredAt().compareTo(events.get(b).occurredAt());
            return byTime != 0 ? byTime : Long.compare(seqs[a], seqs[b]);
        });
        var sorted = new ArrayList<CaseEvent>(order.length);
        for (var i : order) {
            sorted.add(events.get(i));
        }
        return sorted;
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
