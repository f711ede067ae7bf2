package dev.opscharter.adapters.persistence.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one {@code attachment} table behind every context's evidence files (appraisal figures,
 * corrective actions): a file is written once and read whole, the content as {@code bytea}; the
 * upload time is the database's. Each context's adapter maps its own file record onto it.
 */
@Component
public class AttachmentTable {

    private static final String ENTITY = "Attachment";

    private final JdbcClient jdbc;

    AttachmentTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record File(UUID id, String fileName, String contentType, byte[] content) {
    }

    public void insert(File file, String uploadedBy) {
        Saves.translated(ENTITY, file.id(), Map.of(), () -> jdbc.sql("""
                        insert into attachment (id, file_name, content_type, size_bytes, content, uploaded_by)
                        values (:id, :fileName, :contentType, :size, :content, :uploadedBy)""")
                .param("id", file.id())
                .param("fileName", file.fileName())
                .param("contentType", file.contentType())
                .param("size", (long) file.content().length)
                .param("content", file.content())
                .param("uploadedBy", uploadedBy)
                .update());
    }

    public Optional<File> byId(UUID id) {
        return jdbc.sql("select id, file_name, content_type, content from attachment where id = :id")
                .param("id", id)
                .query((rs, n) -> new File(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    /** The file names of these attachments, in the order asked; unknown ids are left out. */
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
