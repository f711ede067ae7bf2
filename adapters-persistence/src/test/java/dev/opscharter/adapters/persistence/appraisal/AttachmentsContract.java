package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.application.appraisal.port.in.RecordFigures.StoredFile;
import dev.opscharter.application.appraisal.port.out.Attachments;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Attachments} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class AttachmentsContract {

    protected abstract Attachments attachments();

    private static void assertSameFile(StoredFile actual, StoredFile expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.fileName()).isEqualTo(expected.fileName());
        assertThat(actual.contentType()).isEqualTo(expected.contentType());
        assertThat(actual.content()).isEqualTo(expected.content());
    }

    @Test
    void a_file_round_trips_byte_for_byte() {
        var content = new byte[256];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        var file = new StoredFile(UUID.randomUUID(), "2026年第三季度财务报表.pdf", "application/pdf", content);

        attachments().store(file, "王运营");

        assertThat(attachments().byId(file.id())).hasValueSatisfying(found -> assertSameFile(found, file));
    }

    @Test
    void a_large_file_round_trips() {
        var content = new byte[3 * 1024 * 1024 + 7];
        new Random(42).nextBytes(content);
        var file = new StoredFile(UUID.randomUUID(), "scan.png", "image/png", content);

        attachments().store(file, "王运营");

        assertThat(attachments().byId(file.id())).hasValueSatisfying(found -> assertSameFile(found, file));
    }

    @Test
    void changing_the_callers_array_afterwards_does_not_change_the_stored_file() {
        var content = new byte[]{1, 2, 3};
        var file = new StoredFile(UUID.randomUUID(), "a.bin", "application/octet-stream", content);

        attachments().store(file, "王运营");
        content[0] = 9;

        assertThat(attachments().byId(file.id()).orElseThrow().content()).containsExactly(1, 2, 3);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(attachments().byId(UUID.randomUUID())).isEmpty();
    }
}
