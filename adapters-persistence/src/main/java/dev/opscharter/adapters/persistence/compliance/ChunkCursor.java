package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.domain.compliance.CaseSpan;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.DeviationType;
import org.jspecify.annotations.Nullable;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads a packed chunk of deviating cases ({@link DeviatingCaseChunk}) one case and one deviation at a
 * time from a stream, so that a case with a million deviations is never held whole: the reader keeps
 * the deviations it wants and lets the others go.
 */
final class ChunkCursor {

    private final String processCode;
    private final DataInputStream in;
    private final int format;
    private int casesLeft;
    private String caseId = "";
    private int version;
    private Instant first = Instant.EPOCH;
    private Instant last = Instant.EPOCH;
    private Optional<CaseSpan> span = Optional.empty();
    private int events;
    private int deviations;
    private int deviationsLeft;
    private final EnumSet<DeviationType> types = EnumSet.noneOf(DeviationType.class);

    ChunkCursor(String processCode, InputStream payload) {
        this.processCode = processCode;
        this.in = new DataInputStream(payload);
        try {
            format = in.readUnsignedByte();
            if (format != 1 && format != DeviatingCaseChunk.FORMAT) {
                throw new IllegalStateException("unknown chunk format " + format);
            }
            casesLeft = in.readInt();
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    /** Moves to the next case, passing over what is left of the current one; false after the last. */
    boolean nextCase() {
        try {
            while (deviationsLeft > 0) {
                nextDeviation();
            }
            if (casesLeft == 0) {
                return false;
            }
            casesLeft--;
            caseId = readString(in);
            version = in.readInt();
            first = readInstant(in);
            last = readInstant(in);
            span = format == 1 ? Optional.of(new CaseSpan(first, last)) // what runs before it showed
                    : in.readBoolean() ? Optional.of(new CaseSpan(readInstant(in), readInstant(in))) : Optional.empty();
            events = in.readInt();
            deviations = in.readInt();
            deviationsLeft = deviations;
            types.clear();
            return true;
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    String caseId() {
        return caseId;
    }

    /** The version the current case was judged against. */
    int version() {
        return version;
    }

    /** The current case's deviations, how many. */
    int deviations() {
        return deviations;
    }

    boolean hasDeviation() {
        return deviationsLeft > 0;
    }

    /** The current case's next deviation. */
    Deviation nextDeviation() {
        if (deviationsLeft == 0) {
            throw new IllegalStateException("no deviation left in case " + caseId);
        }
        try {
            deviationsLeft--;
            var type = DeviationType.valueOf(readString(in));
            types.add(type);
            var step = readText(in);
            var reference = readText(in);
            var role = readText(in);
            var taken = readDuration(in);
            var limit = readDuration(in);
            var at = in.readBoolean() ? readInstant(in) : null;
            return new Deviation(type, step, reference, role, taken, limit, at);
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    /** The current case in short; its types are complete once every deviation was read. */
    CaseSummary summary() {
        while (deviationsLeft > 0) {
            nextDeviation();
        }
        return new CaseSummary(processCode, caseId, version, first, last, span, events, deviations, List.copyOf(types));
    }

    private UncheckedIOException damaged(IOException e) {
        return new UncheckedIOException("a chunk of deviating cases of " + processCode + " is damaged", e);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static @Nullable String readText(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static @Nullable Duration readDuration(DataInputStream in) throws IOException {
        return in.readBoolean() ? Duration.ofSeconds(in.readLong(), in.readInt()) : null;
    }
}
