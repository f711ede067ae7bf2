package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.port.out.Attachments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one {@code attachment} table behind every context's evidence files (appraisal figures,
 * corrective actions): a file is written once and read whole, the content as {@code bytea}; the
 * upload time is the database's.
 */
@Component
class JdbcAttachments implements Attachments {

    private static final String ENTITY = "Attachment";

    private final JdbcClient jdbc;

    JdbcAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(StoredFile file, String uploadedBy) {
        Saves.translated(ENTITY, file.id(), Map.of(), () -> jdbc.sql("""
                        insert into attachment (id, file_name, content_type, size_bytes, content, uploaded_by)
                        values (:id, :fileName, :contentType, :size, :content, :uploadedBy)""")
                .param("id", file.id())
                .param("fileName", file.fileName())
                .param("contentType", file.contentType())
                .param("size", (long) file.size())
                .param("content", file.content())
                .param("uploadedBy", uploadedBy)
                .update());
    }

    @Override
    public Optional<StoredFile> byId(UUID id) {
        return jdbc.sql("select id, file_name, content_type, content from attachment where id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredFile(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var found = jdbc.sql("select id, file_name from attachment where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("file_name")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var ordered = new LinkedHashMap<UUID, String>();
        ids.forEach(id -> {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        });
        return ordered;
    }
}
