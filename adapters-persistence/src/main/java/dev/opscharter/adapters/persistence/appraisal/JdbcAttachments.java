package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.adapters.persistence.shared.Saves;
import dev.opscharter.application.appraisal.port.in.RecordFigures.StoredFile;
import dev.opscharter.application.appraisal.port.out.Attachments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Evidence files in {@code attachment}, the content as {@code bytea}, with plain SQL: a file is
 * written once and read whole. The port passes no time, so the upload time is the database's.
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
                .param("size", (long) file.content().length)
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
}
