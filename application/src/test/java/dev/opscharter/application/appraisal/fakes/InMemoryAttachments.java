package dev.opscharter.application.appraisal.fakes;

import dev.opscharter.application.appraisal.port.in.RecordFigures.StoredFile;
import dev.opscharter.application.appraisal.port.out.Attachments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Evidence files kept in memory, with who uploaded each. */
public final class InMemoryAttachments implements Attachments {

    private final Map<UUID, StoredFile> files = new LinkedHashMap<>();
    private final Map<UUID, String> uploaders = new LinkedHashMap<>();

    public InMemoryAttachments() {
    }

    @Override
    public synchronized void store(StoredFile file, String uploadedBy) {
        if (files.containsKey(file.id())) {
            throw new IllegalStateException("attachment " + file.id() + " exists: stored files are never replaced");
        }
        files.put(file.id(), new StoredFile(file.id(), file.fileName(), file.contentType(), file.content().clone()));
        uploaders.put(file.id(), uploadedBy);
    }

    @Override
    public synchronized Optional<StoredFile> byId(UUID id) {
        return Optional.ofNullable(files.get(id));
    }

    public synchronized Optional<String> uploaderOf(UUID id) {
        return Optional.ofNullable(uploaders.get(id));
    }

    public synchronized List<StoredFile> all() {
        return List.copyOf(files.values());
    }
}
