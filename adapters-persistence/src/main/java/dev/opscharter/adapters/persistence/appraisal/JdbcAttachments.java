package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.adapters.persistence.shared.AttachmentTable;
import dev.opscharter.application.appraisal.port.in.RecordFigures.StoredFile;
import dev.opscharter.application.appraisal.port.out.Attachments;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** The appraisal's evidence files, in the shared {@link AttachmentTable}. */
@Component
class JdbcAttachments implements Attachments {

    private final AttachmentTable table;

    JdbcAttachments(AttachmentTable table) {
        this.table = table;
    }

    @Override
    public void store(StoredFile file, String uploadedBy) {
        table.insert(new AttachmentTable.File(file.id(), file.fileName(), file.contentType(), file.content()),
                uploadedBy);
    }

    @Override
    public Optional<StoredFile> byId(UUID id) {
        return table.byId(id).map(f -> new StoredFile(f.id(), f.fileName(), f.contentType(), f.content()));
    }
}
