package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.EvidenceFile;
import dev.opscharter.application.compliance.port.out.CorrectiveActionEvidence;
import dev.opscharter.application.shared.ConcurrentModification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link CorrectiveActionEvidence} does, the in-memory fake as much as the PostgreSQL adapter. */
abstract class CorrectiveActionEvidenceContract {

    protected abstract CorrectiveActionEvidence files();

    @Test
    void a_file_round_trips_byte_for_byte() {
        var content = new byte[300];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        var file = new EvidenceFile(UUID.randomUUID(), "整改报告.pdf", "application/pdf", content);

        files().store(file, "specialist");

        assertThat(files().byId(file.id())).contains(file);
    }

    @Test
    void names_are_given_for_known_ids_in_the_order_asked() {
        var a = new EvidenceFile(UUID.randomUUID(), "a.png", "image/png", new byte[]{1});
        var b = new EvidenceFile(UUID.randomUUID(), "b.png", "image/png", new byte[]{2});
        files().store(a, "specialist");
        files().store(b, "specialist");

        assertThat(files().names(List.of(b.id(), UUID.randomUUID(), a.id())))
                .containsExactly(java.util.Map.entry(b.id(), "b.png"), java.util.Map.entry(a.id(), "a.png"));
        assertThat(files().names(List.of())).isEmpty();
    }

    @Test
    void a_file_is_never_replaced() {
        var file = new EvidenceFile(UUID.randomUUID(), "a.pdf", "application/pdf", new byte[]{1});
        files().store(file, "specialist");

        assertThatThrownBy(() -> files().store(new EvidenceFile(file.id(), "b.pdf", "application/pdf",
                new byte[]{2}), "specialist")).isInstanceOf(ConcurrentModification.class);
        assertThat(files().byId(file.id()).orElseThrow().content()).containsExactly(1);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(files().byId(UUID.randomUUID())).isEmpty();
    }
}
