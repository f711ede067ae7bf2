package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions.EvidenceFile;
import dev.opscharter.application.compliance.port.out.CorrectiveActionEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Evidence files of corrective actions in the shared {@code attachment} table (like the appraisal's
 * evidence), written once and read whole; the upload time is the database's.
 */
@Component
class CorrectiveActionEvidenceFiles implements CorrectiveActionEvidence {

    private static final String ENTITY = "Attachment";

    private final JdbcClient jdbc;

    CorrectiveActionEvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(EvidenceFile file, String uploadedBy) {
        var content = file.content();
        Saves.translated(ENTITY, file.id(), Map.of(), () -> jdbc.sql("""
                        insert into attachment (id, file_name, content_type, size_bytes, content, uploaded_by)
                        values (:id, :fileName, :contentType, :size, :content, :uploadedBy)""")
                .param("id", file.id())
                .param("fileName", file.fileName())
                .param("contentType", file.contentType())
                .param("size", (long) content.length)
                .param("content", content)
                .param("uploadedBy", uploadedBy)
                .update());
    }

    @Override
    public Optional<EvidenceFile> byId(UUID id) {
        return jdbc.sql("select id, file_name, content_type, content from attachment where id = :id")
                .param("id", id)
                .query((rs, n) -> new EvidenceFile(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var found = new LinkedHashMap<UUID, String>();
        jdbc.sql("select id, file_name from attachment where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> found.put(rs.getObject("id", UUID.class), rs.getString("file_name")))
                .list();
        var ordered = new LinkedHashMap<UUID, String>();
        ids.forEach(id -> {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        });
        return ordered;
    }
}
