package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.port.out.Attachments;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Attachments} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class AttachmentsContract {

    protected abstract Attachments attachments();

    @Test
    void a_file_round_trips_byte_for_byte() {
        var content = new byte[256];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        var file = new StoredFile(UUID.randomUUID(), "2026年第三季度财务报表.pdf", "application/pdf", content);

        attachments().store(file, "王运营");

        assertThat(attachments().byId(file.id())).contains(file);
    }

    @Test
    void a_large_file_round_trips() {
        var content = new byte[3 * 1024 * 1024 + 7];
        new Random(42).nextBytes(content);
        var file = new StoredFile(UUID.randomUUID(), "scan.png", "image/png", content);

        attachments().store(file, "王运营");

        assertThat(attachments().byId(file.id())).contains(file);
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
    void names_are_given_for_known_ids_in_the_order_asked() {
        var a = new StoredFile(UUID.randomUUID(), "a.png", "image/png", new byte[]{1});
        var b = new StoredFile(UUID.randomUUID(), "整改报告.pdf", "application/pdf", new byte[]{2});
        attachments().store(a, "specialist");
        attachments().store(b, "specialist");

        assertThat(attachments().names(List.of(b.id(), UUID.randomUUID(), a.id())))
                .containsExactly(Map.entry(b.id(), "整改报告.pdf"), Map.entry(a.id(), "a.png"));
        assertThat(attachments().names(List.of())).isEmpty();
    }

    @Test
    void a_file_is_never_replaced() {
        var file = new StoredFile(UUID.randomUUID(), "a.pdf", "application/pdf", new byte[]{1});
        attachments().store(file, "specialist");

        assertThatThrownBy(() -> attachments().store(new StoredFile(file.id(), "b.pdf", "application/pdf",
                new byte[]{2}), "specialist")).isInstanceOf(ConcurrentModification.class);
        assertThat(attachments().byId(file.id()).orElseThrow().content()).containsExactly(1);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(attachments().byId(UUID.randomUUID())).isEmpty();
        assertThat(attachments().names(List.of(UUID.randomUUID()))).isEmpty();
    }
}
