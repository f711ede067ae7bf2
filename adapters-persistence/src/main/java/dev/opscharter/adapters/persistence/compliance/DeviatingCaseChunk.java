package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.domain.compliance.CaseResult;
import dev.opscharter.domain.compliance.Deviation;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packed form of a chunk of deviating cases of one process ({@code compliance_check_case_chunk},
 * V9.1). Layout, all big-endian, texts as a length and UTF-8 (so that SQL can write it too, as
 * V9.2 does): a format byte, the number of cases, then per case its id, the
 * version number, first and last event, its span (first to last event of a defined step, behind a
 * presence byte; format 2 on), events, and its deviations, each with its type by name (so
 * that reordering {@link DeviationType} never changes what a stored chunk says), step, reference
 * step, role, time taken and limit, and when — optional values behind a presence byte. Instants and
 * durations keep their nanoseconds. The summary's deviation count and types follow from the
 * deviations and are not stored twice.
 */
final class DeviatingCaseChunk {

    /** 2 adds the case's span; format 1 (written before, and by V9.2) is still read. */
    static final int FORMAT = 2;

    private DeviatingCaseChunk() {
    }

    /**
     * The chunk packed, in a buffer sized for it from the start and handed on without a copy: a case of
     * a million deviations packs into tens of megabytes, which growing (and copying) would double.
     * Written by hand into the array, not through {@code DataOutputStream}: a synchronized call per
     * value made packing half of the check's own CPU time.
     */
    /** Packs into {@code out}, emptied first: a writer of many chunks packs them all in one buffer. */
    static Packed pack(List<CaseResult> cases, Packed out) {
        long estimate = 16;
        for (var result : cases) {
            estimate += 89 + 3L * result.summary().caseId().length() + 72L * result.deviations().size();
        }
        out.count = 0;
        out.ensure((int) Math.min(estimate, Integer.MAX_VALUE - 16));
        var texts = new Texts();
        out.writeByte(FORMAT);
        out.writeInt(cases.size());
        for (var result : cases) {
            var c = result.summary();
            out.writeText(c.caseId().getBytes(StandardCharsets.UTF_8));
            out.writeInt(c.version());
            out.writeInstant(c.firstEvent());
            out.writeInstant(c.lastEvent());
            out.writeByte(c.span().isPresent() ? 1 : 0);
            if (c.span().isPresent()) {
                out.writeInstant(c.span().get().from());
                out.writeInstant(c.span().get().to());
            }
            out.writeInt(c.events());
            out.writeInt(result.deviations().size());
            for (var d : result.deviations()) {
                out.writeText(texts.utf8(d.type().name()));
                out.writeOptionalText(texts.utf8(d.step()));
                out.writeOptionalText(texts.utf8(d.reference()));
                out.writeOptionalText(texts.utf8(d.role()));
                out.writeDuration(d.taken());
                out.writeDuration(d.limit());
                out.writeByte(d.at() != null ? 1 : 0);
                if (d.at() != null) {
                    out.writeInstant(d.at());
                }
            }
        }
        return out;
    }

    /** The UTF-8 forms of the texts that repeat within a chunk (types, steps, roles), encoded once. */
    private static final class Texts {

        private static final int KEPT = 4_096;
        private final Map<String, byte[]> encoded = new HashMap<>();

        byte @Nullable [] utf8(@Nullable String text) {
            if (text == null) {
                return null;
            }
            var known = encoded.get(text);
            if (known == null) {
                known = text.getBytes(StandardCharsets.UTF_8);
                if (encoded.size() < KEPT) {
                    encoded.put(text, known);
                }
            }
            return known;
        }
    }

    /** A packed chunk: its bytes, written big-endian in place and read in place. */
    static final class Packed {

        private byte[] buf;
        private int count;

        Packed(int capacity) {
            buf = new byte[capacity];
        }

        InputStream stream() {
            return new ByteArrayInputStream(buf, 0, count);
        }

        int size() {
            return count;
        }

        private void ensure(int more) {
            if (buf.length - count < more) {
                buf = Arrays.copyOf(buf, Math.max(count + more, (int) Math.min(2L * buf.length, Integer.MAX_VALUE - 16)));
            }
        }

        private void writeByte(int value) {
            ensure(1);
            buf[count++] = (byte) value;
        }

        private void writeInt(int value) {
            ensure(4);
            buf[count++] = (byte) (value >>> 24);
            buf[count++] = (byte) (value >>> 16);
            buf[count++] = (byte) (value >>> 8);
            buf[count++] = (byte) value;
        }

        private void writeLong(long value) {
            writeInt((int) (value >>> 32));
            writeInt((int) value);
        }

        private void writeText(byte[] utf8) {
            writeInt(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, buf, count, utf8.length);
            count += utf8.length;
        }

        private void writeOptionalText(byte @Nullable [] utf8) {
            writeByte(utf8 != null ? 1 : 0);
            if (utf8 != null) {
                writeText(utf8);
            }
        }

        private void writeInstant(Instant instant) {
            writeLong(instant.getEpochSecond());
            writeInt(instant.getNano());
        }

        private void writeDuration(@Nullable Duration duration) {
            writeByte(duration != null ? 1 : 0);
            if (duration != null) {
                writeLong(duration.getSeconds());
                writeInt(duration.getNano());
            }
        }
    }

    static List<CaseResult> unpack(String processCode, byte[] payload) {
        var cursor = new ChunkCursor(processCode, new ByteArrayInputStream(payload));
        var cases = new ArrayList<CaseResult>();
        while (cursor.nextCase()) {
            var deviations = new ArrayList<Deviation>(cursor.deviations());
            while (cursor.hasDeviation()) {
                deviations.add(cursor.nextDeviation());
            }
            cases.add(new CaseResult(cursor.summary(), deviations));
        }
        return cases;
    }
}
