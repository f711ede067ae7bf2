package dev.opscharter.application.shared.port.out;

import dev.opscharter.application.shared.StoredFile;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The evidence files of every context (appraisal figures, corrective actions), each written once
 * and read whole; the record that a file supports keeps its id.
 */
public interface Attachments {

    /**
     * Keeps a new file with who uploaded it.
     *
     * @throws dev.opscharter.application.shared.ConcurrentModification when the id is taken: a kept
     *                                                                  file is never replaced
     */
    void store(StoredFile file, String uploadedBy);

    Optional<StoredFile> byId(UUID id);

    /** The file names of these attachments, in the order asked; unknown ids are left out. */
    Map<UUID, String> names(Collection<UUID> ids);
}
