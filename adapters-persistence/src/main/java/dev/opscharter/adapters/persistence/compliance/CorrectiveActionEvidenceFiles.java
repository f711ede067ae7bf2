package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.shared.AttachmentTable;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.EvidenceFile;
import dev.opscharter.application.compliance.port.out.CorrectiveActionEvidence;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Evidence files of corrective actions, in the shared {@link AttachmentTable} like the appraisal's. */
@Component
class CorrectiveActionEvidenceFiles implements CorrectiveActionEvidence {

    private final AttachmentTable table;

    CorrectiveActionEvidenceFiles(AttachmentTable table) {
        this.table = table;
    }

    @Override
    public void store(EvidenceFile file, String uploadedBy) {
        table.insert(new AttachmentTable.File(file.id(), file.fileName(), file.contentType(), file.content()),
                uploadedBy);
    }

    @Override
    public Optional<EvidenceFile> byId(UUID id) {
        return table.byId(id).map(f -> new EvidenceFile(f.id(), f.fileName(), f.contentType(), f.content()));
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> ids) {
        return table.names(ids);
    }
}
