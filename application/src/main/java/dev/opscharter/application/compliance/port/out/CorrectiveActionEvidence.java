package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.EvidenceFile;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The evidence files of corrective actions (kept with every other attachment of the application). */
public interface CorrectiveActionEvidence {

    void store(EvidenceFile file, String uploadedBy);

    Optional<EvidenceFile> byId(UUID id);

    /** The file names of these attachments; unknown ids are left out. */
    Map<UUID, String> names(Collection<UUID> ids);
}
