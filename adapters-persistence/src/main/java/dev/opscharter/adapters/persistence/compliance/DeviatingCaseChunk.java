package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CaseResult;
import dev.opscharter.domain.compliance.Deviation;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packed form of a chunk of deviating cases of one process ({@code compliance_check_case_chunk},
 * V9.1). Layout, all big-endian, texts as a length and UTF-8 (so that SQL can write it too, as
 * V9.2 does): a format byte, the number of cases, then per case its id, the
 * version number, first and last event, events, and its deviations, each with its type by name (so
 * that reordering {@link DeviationType} never changes what a stored chunk says), step, reference
 * step, role, time taken and limit, and when — optional values behind a presence byte. Instants and
 * durations keep their nanoseconds. The summary's deviation count and types follow from the
 * deviations and are not stored twice.
 */
final class DeviatingCaseChunk {

    static final int FORMAT = 1;

    private DeviatingCaseChunk() {
    }

    /**
     * The chunk packed, in a buffer sized for it from the start and handed on without a copy: a case of
     * a million deviations packs into tens of megabytes, which growing (and copying) would double.
     */
    static Packed pack(List<CaseResult> cases) {
        long estimate = 16;
        for (var result : cases) {
            estimate += 64 + 3L * result.summary().caseId().length() + 72L * result.deviations().size();
        }
        var bytes = new Packed((int) Math.min(estimate, Integer.MAX_VALUE - 16));
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeInt(cases.size());
            for (var result : cases) {
                var c = result.summary();
                writeString(out, c.caseId());
                out.writeInt(c.version());
                writeInstant(out, c.firstEvent());
                writeInstant(out, c.lastEvent());
                out.writeInt(c.events());
                out.writeInt(result.deviations().size());
                for (var d : result.deviations()) {
                    writeString(out, d.type().name());
                    writeText(out, d.step());
                    writeText(out, d.reference());
                    writeText(out, d.role());
                    writeDuration(out, d.taken());
                    writeDuration(out, d.limit());
                    out.writeBoolean(d.at() != null);
                    if (d.at() != null) {
                        writeInstant(out, d.at());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** A packed chunk: its bytes, read in place. */
    static final class Packed extends ByteArrayOutputStream {

        private Packed(int capacity) {
            super(capacity);
        }

        InputStream stream() {
            return new ByteArrayInputStream(buf, 0, count);
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

    private static void writeString(DataOutputStream out, String text) throws IOException {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static void writeText(DataOutputStream out, @Nullable String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeString(out, text);
        }
    }

    private static void writeDuration(DataOutputStream out, @Nullable Duration duration) throws IOException {
        out.writeBoolean(duration != null);
        if (duration != null) {
            out.writeLong(duration.getSeconds());
            out.writeInt(duration.getNano());
        }
    }

}
