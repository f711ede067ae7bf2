package dev.opscharter.application.shared.fakes;

import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.port.out.Attachments;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Evidence files in memory, with who uploaded each; a file is never replaced. */
public final class InMemoryAttachments implements Attachments {

    private final Map<UUID, StoredFile> files = new LinkedHashMap<>();
    private final Map<UUID, String> uploaders = new LinkedHashMap<>();

    @Override
    public synchronized void store(StoredFile file, String uploadedBy) {
        if (files.containsKey(file.id())) {
            throw new ConcurrentModification("Attachment", file.id());
        }
        files.put(file.id(), file);
        uploaders.put(file.id(), uploadedBy);
    }

    @Override
    public synchronized Optional<StoredFile> byId(UUID id) {
        return Optional.ofNullable(files.get(id));
    }

    @Override
    public synchronized Map<UUID, String> names(Collection<UUID> ids) {
        var names = new LinkedHashMap<UUID, String>();
        ids.forEach(id -> {
            var file = files.get(id);
            if (file != null) {
                names.put(id, file.fileName());
            }
        });
        return names;
    }

    public synchronized Optional<String> uploaderOf(UUID id) {
        return Optional.ofNullable(uploaders.get(id));
    }

    public synchronized List<StoredFile> all() {
        return List.copyOf(files.values());
    }

    public synchronized int count() {
        return files.size();
    }
}
