package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.domain.compliance.CaseEvent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
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
    private static final int TEXT = 25;
    private static final int TIMESTAMPTZ = 1184;

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

        /** One case: its id, then its steps, roles and times as three arrays, as PostgreSQL sends them. */
        CopyStream row(String caseId, CaseEvent... events) throws IOException {
            return row(caseId, events.length, events);
        }

        CopyStream row(String caseId, int timesGiven, CaseEvent... events) throws IOException {
            out.writeShort(4);
            text(caseId);
            var steps = new ByteArrayOutputStream();
            var roles = new ByteArrayOutputStream();
            var times = new ByteArrayOutputStream();
            for (var event : events) {
                element(steps, event.stepCode().getBytes(StandardCharsets.UTF_8));
                element(roles, event.actorRole().getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < timesGiven; i++) {
                var at = events[i].occurredAt();
                var time = ByteBuffer.allocate(8)
                        .putLong((at.getEpochSecond() - 946_684_800L) * 1_000_000L + at.getNano() / 1_000).array();
                element(times, time);
            }
            array(TEXT, events.length, steps.toByteArray());
            array(TEXT, events.length, roles.toByteArray());
            array(TIMESTAMPTZ, timesGiven, times.toByteArray());
            return this;
        }

        private static void element(ByteArrayOutputStream array, byte[] value) throws IOException {
            new DataOutputStream(array).writeInt(value.length);
            array.write(value);
        }

        private void array(int elementType, int size, byte[] elements) throws IOException {
            out.writeInt(elements.length + (size == 0 ? 12 : 20));
            out.writeInt(size == 0 ? 0 : 1);
            out.writeInt(0);
            out.writeInt(elementType);
            if (size > 0) {
                out.writeInt(size);
                out.writeInt(1);
            }
            out.write(elements);
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
    void each_row_is_a_case_handed_over_in_the_order_they_come() throws IOException {
        var stream = new CopyStream(4)
                .row("案件-2", new CaseEvent("REGISTER", "CLERK", T), new CaseEvent("RESOLVE", "AGENT", T.plusSeconds(60)))
                .row("A1", new CaseEvent("REGISTER", "CLERK", T.plusSeconds(1)))
                .end();

        var cases = read(stream);

        assertThat(cases.keySet()).containsExactly("案件-2", "A1");
        assertThat(cases.get("案件-2")).containsExactly(new CaseEvent("REGISTER", "CLERK", T),
                new CaseEvent("RESOLVE", "AGENT", T.plusSeconds(60)));
        // repeated values are decoded once
        assertThat(cases.get("A1").getFirst().stepCode()).isSameAs(cases.get("案件-2").getFirst().stepCode());
    }

    @Test
    void events_at_the_same_time_keep_the_order_they_are_stored_in() throws IOException {
        var stream = new CopyStream(0)
                .row("C", new CaseEvent("Z_STEP", "R", T), new CaseEvent("A_STEP", "R", T),
                        new CaseEvent("B_STEP", "R", T.plusSeconds(1)))
                .end();

        assertThat(read(stream).get("C")).extracting(CaseEvent::stepCode).containsExactly("Z_STEP", "A_STEP", "B_STEP");
    }

    @Test
    void arrays_of_different_lengths_are_refused() throws IOException {
        var stream = new CopyStream(0)
                .row("C", 1, new CaseEvent("S1", "R", T), new CaseEvent("S2", "R", T.plusSeconds(1)))
                .end();

        assertThatThrownBy(() -> read(stream)).isInstanceOf(IOException.class).hasMessageContaining("case C");
    }

    @Test
    void instants_before_postgresqls_epoch_keep_their_microseconds() {
        assertThat(CaseStream.instant(-1)).isEqualTo(Instant.parse("1999-12-31T23:59:59.999999Z"));
        assertThat(CaseStream.instant(0)).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    }

    @Test
    void a_case_with_many_events_is_read_whole() throws IOException {
        var stream = new CopyStream(0);
        var many = new CaseEvent[200];
        for (int i = 0; i < many.length; i++) {
            many[i] = new CaseEvent("S" + (i % 7), "R", T.plusSeconds(i));
        }
        stream.row("BIG", many);
        var events = read(stream.end()).get("BIG");
        assertThat(events).hasSize(200);
        var times = new ArrayList<Instant>();
        events.forEach(e -> times.add(e.occurredAt()));
        assertThat(times).isSorted();
    }

    @Test
    void a_stream_that_arrives_a_few_bytes_at_a_time_reads_the_same() throws IOException {
        var stream = new CopyStream(0);
        for (int i = 0; i < 3_000; i++) {
            stream.row("案件-" + i, new CaseEvent("REGISTER", "CLERK", T.plusSeconds(i)),
                    new CaseEvent("S" + (i % 13), "角色" + (i % 5), T.plusSeconds(i + 60)));
        }
        byte[] bytes = stream.end();
        var whole = read(bytes);
        var trickled = new LinkedHashMap<String, List<CaseEvent>>();
        // at most 7 bytes per read: every field and header crosses the boundary of a read somewhere
        var slow = new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + off % 7));
            }
        };

        new CaseStream(slow).forEachCase(trickled::put);

        assertThat(whole).hasSize(3_000);
        assertThat(trickled).isEqualTo(whole);
        assertThat(trickled.get("案件-2999").get(1)).isEqualTo(new CaseEvent("S9", "角色4", T.plusSeconds(3_059)));
    }

    @Test
    void a_value_larger_than_the_read_buffer_is_read_whole() throws IOException {
        var longCode = "S".repeat(200_000);

        var events = read(new CopyStream(0).row("C", new CaseEvent(longCode, "R", T)).end()).get("C");

        assertThat(events.getFirst().stepCode()).isEqualTo(longCode);
    }

    @Test
    void what_is_not_a_complete_binary_copy_stream_is_refused() throws IOException {
        assertThatThrownBy(() -> read("case_id,step\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        var complete = new CopyStream(0).row("C", new CaseEvent("S", "R", T)).end();
        var truncated = java.util.Arrays.copyOf(complete, complete.length - 6);
        assertThatThrownBy(() -> read(truncated)).isInstanceOf(IOException.class);
    }
}
