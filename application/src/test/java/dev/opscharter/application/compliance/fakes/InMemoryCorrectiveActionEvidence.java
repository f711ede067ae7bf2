package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.EvidenceFile;
import dev.opscharter.application.compliance.port.out.CorrectiveActionEvidence;
import dev.opscharter.application.shared.ConcurrentModification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Evidence files in memory, with who uploaded each; a file is never replaced. */
public final class InMemoryCorrectiveActionEvidence implements CorrectiveActionEvidence {

    private final Map<UUID, EvidenceFile> files = new LinkedHashMap<>();
    private final Map<UUID, String> uploaders = new LinkedHashMap<>();

    @Override
    public synchronized void store(EvidenceFile file, String uploadedBy) {
        if (files.containsKey(file.id())) {
            throw new ConcurrentModification("Attachment", file.id());
        }
        files.put(file.id(), file);
        uploaders.put(file.id(), uploadedBy);
    }

    @Override
    public synchronized Optional<EvidenceFile> byId(UUID id) {
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

    public synchronized int count() {
        return files.size();
    }
}
