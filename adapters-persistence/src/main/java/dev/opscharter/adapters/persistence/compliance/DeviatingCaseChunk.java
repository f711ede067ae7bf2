package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CaseResult;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CaseSummary;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.DeviationType;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
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

    private static final int FORMAT = 1;

    private DeviatingCaseChunk() {
    }

    static byte[] pack(List<CaseResult> cases) {
        var bytes = new ByteArrayOutputStream(cases.size() * 120);
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
        return bytes.toByteArray();
    }

    static List<CaseResult> unpack(String processCode, byte[] payload) {
        try (var in = new DataInputStream(new ByteArrayInputStream(payload))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new IllegalStateException("unknown chunk format " + format);
            }
            int count = in.readInt();
            var cases = new ArrayList<CaseResult>(count);
            for (int i = 0; i < count; i++) {
                var caseId = readString(in);
                int version = in.readInt();
                var first = readInstant(in);
                var last = readInstant(in);
                int events = in.readInt();
                int found = in.readInt();
                var deviations = new ArrayList<Deviation>(found);
                var types = EnumSet.noneOf(DeviationType.class);
                for (int j = 0; j < found; j++) {
                    var type = DeviationType.valueOf(readString(in));
                    types.add(type);
                    var step = readText(in);
                    var reference = readText(in);
                    var role = readText(in);
                    var taken = readDuration(in);
                    var limit = readDuration(in);
                    var at = in.readBoolean() ? readInstant(in) : null;
                    deviations.add(new Deviation(type, step, reference, role, taken, limit, at));
                }
                cases.add(new CaseResult(new CaseSummary(processCode, caseId, version, first, last, events, found,
                        List.copyOf(types)), deviations));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("a chunk of deviating cases of " + processCode + " is damaged", e);
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static void writeText(DataOutputStream out, @Nullable String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeString(out, text);
        }
    }

    private static @Nullable String readText(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static void writeDuration(DataOutputStream out, @Nullable Duration duration) throws IOException {
        out.writeBoolean(duration != null);
        if (duration != null) {
            out.writeLong(duration.getSeconds());
            out.writeInt(duration.getNano());
        }
    }

    private static @Nullable Duration readDuration(DataInputStream in) throws IOException {
        return in.readBoolean() ? Duration.ofSeconds(in.readLong(), in.readInt()) : null;
    }
}
