package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.port.out.Attachments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PersistenceIntegrationTest
class JdbcAttachmentsIT extends AttachmentsContract {

    @Autowired
    private Attachments attachments;

    @Autowired
    private JdbcClient jdbc;

    @Override
    protected Attachments attachments() {
        return attachments;
    }

    @Test
    void the_size_and_the_uploader_are_kept_with_the_file() {
        var file = new StoredFile(UUID.randomUUID(), "说明.txt", "text/plain; charset=UTF-8",
                "人力资源部的更正说明".getBytes(StandardCharsets.UTF_8));

        attachments.store(file, "李专员");

        var row = jdbc.sql("select size_bytes, uploaded_by, uploaded_at is not null as dated from attachment where id = :id")
                .param("id", file.id())
                .query((rs, n) -> List.of(rs.getLong("size_bytes"), rs.getString("uploaded_by"), rs.getBoolean("dated")))
                .single();
        assertThat(row).containsExactly((long) file.size(), "李专员", true);
    }
}
