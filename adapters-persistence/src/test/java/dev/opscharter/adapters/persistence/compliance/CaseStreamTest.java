package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.domain.compliance.CaseEvent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader of the check's binary COPY stream, on streams written here in PostgreSQL's layout. */
class CaseStreamTest {

    private static final Instant T = Instant.parse("2026-07-01T01:00:00.123456Z");

    /** PostgreSQL's binary COPY: signature, flags, header extension, tuples, trailer. */
    private static final class CopyStream {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        CopyStream(int headerExtension) throws IOException {
            out.write(new byte[]{'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0});
            out.writeInt(0);
            out.writeInt(headerExtension);
            out.write(new byte[headerExtension]);
        }

        CopyStream row(String caseId, String step, String role, Instant at, long seq) throws IOException {
            out.writeShort(5);
            text(caseId);
            text(step);
            text(role);
            out.writeInt(8);
            out.writeLong((at.getEpochSecond() - 946_684_800L) * 1_000_000L + at.getNano() / 1_000);
            out.writeInt(8);
            out.writeLong(seq);
            return this;
        }

        private void text(String value) throws IOException {
            var encoded = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(encoded.length);
            out.write(encoded);
        }

        byte[] end() throws IOException {
            out.writeShort(-1);
            return bytes.toByteArray();
        }
    }

    private static Map<String, List<CaseEvent>> read(byte[] stream) throws IOException {
        var cases = new LinkedHashMap<String, List<CaseEvent>>();
        new CaseStream(new ByteArrayInputStream(stream)).forEachCase((caseId, events) -> {
            assertThat(cases).as("each case once").doesNotContainKey(caseId);
            cases.put(caseId, events);
        });
        return cases;
    }

    @Test
    void rows_are_grouped_into_cases_in_the_order_they_come() throws IOException {
        var stream = new CopyStream(4)
                .row("案件-2", "REGISTER", "CLERK", T, 1)
                .row("案件-2", "RESOLVE", "AGENT", T.plusSeconds(60), 2)
                .row("A1", "REGISTER", "CLERK", T.plusSeconds(1), 3)
                .end();

        var cases = read(stream);

        assertThat(cases.keySet()).containsExactly("案件-2", "A1");
        assertThat(cases.get("案件-2")).containsExactly(new CaseEvent("REGISTER", "CLERK", T),
                new CaseEvent("RESOLVE", "AGENT", T.plusSeconds(60)));
        // repeated values are decoded once
        assertThat(cases.get("A1").getFirst().stepCode()).isSameAs(cases.get("案件-2").getFirst().stepCode());
    }

    @Test
    void events_at_the_same_time_are_put_back_into_their_recorded_order() throws IOException {
        // the index orders a tie by step code; seq says Z came first
        var stream = new CopyStream(0)
                .row("C", "A_STEP", "R", T, 20)
                .row("C", "Z_STEP", "R", T, 10)
                .row("C", "B_STEP", "R", T.plusSeconds(1), 5)
                .end();

        assertThat(read(stream).get("C")).extracting(CaseEvent::stepCode).containsExactly("Z_STEP", "A_STEP", "B_STEP");
    }

    @Test
    void instants_before_postgresqls_epoch_keep_their_microseconds() {
        assertThat(CaseStream.instant(-1)).isEqualTo(Instant.parse("1999-12-31T23:59:59.999999Z"));
        assertThat(CaseStream.instant(0)).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    }

    @Test
    void a_case_with_many_events_is_read_whole() throws IOException {
        var stream = new CopyStream(0);
        for (int i = 0; i < 200; i++) {
            stream.row("BIG", "S" + (i % 7), "R", T.plusSeconds(i), i);
        }
        var events = read(stream.end()).get("BIG");
        assertThat(events).hasSize(200);
        var times = new ArrayList<Instant>();
        events.forEach(e -> times.add(e.occurredAt()));
        assertThat(times).isSorted();
    }

    @Test
    void what_is_not_a_complete_binary_copy_stream_is_refused() throws IOException {
        assertThatThrownBy(() -> read("case_id,step\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        var complete = new CopyStream(0).row("C", "S", "R", T, 1).end();
        var truncated = java.util.Arrays.copyOf(complete, complete.length - 6);
        assertThatThrownBy(() -> read(truncated)).isInstanceOf(IOException.class);
    }
}
