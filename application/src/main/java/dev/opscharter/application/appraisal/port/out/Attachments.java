package dev.opscharter.application.appraisal.port.out;

import dev.opscharter.application.appraisal.port.in.RecordFigures.StoredFile;

import java.util.Optional;
import java.util.UUID;

/** Evidence files kept with the figures they support. */
public interface Attachments {

    void store(StoredFile file, String uploadedBy);

    Optional<StoredFile> byId(UUID id);
}
