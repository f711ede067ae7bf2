package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class CorrectiveActionStoreIT extends CorrectiveActionsContract {

    @Autowired
    private CorrectiveActions actions;
    @Autowired
    private Attachments files;

    @Override
    protected CorrectiveActions actions() {
        return actions;
    }

    @Override
    protected UUID storedAttachment() {
        var file = new StoredFile(UUID.randomUUID(), "证据.pdf", "application/pdf", new byte[]{1, 2});
        files.store(file, "manager");
        return file.id();
    }

    @Test
    void evidence_must_be_a_stored_attachment() {
        var saved = actions.save(newAction(LocalDate.of(2026, 8, 31), AT));
        var owner = Actor.user(this.owner, Set.of(Role.OPS_SPECIALIST));

        assertThatThrownBy(() -> actions.save(saved.attachEvidence(owner, UUID.randomUUID(), "x", AT,
                saved.version()))).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(actions.byId(saved.id()).orElseThrow().evidence()).isEmpty();
    }
}
