package dev.opscharter.adapters.persistence.efficiency;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.efficiency.port.out.OptimizationProjects;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.port.out.Attachments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcOptimizationProjectsIT extends OptimizationProjectsContract {

    @Autowired
    private OptimizationProjects projects;
    @Autowired
    private Attachments files;
    @Autowired
    private JdbcClient jdbc;

    @Override
    protected OptimizationProjects projects() {
        return projects;
    }

    @Override
    protected UUID storedAttachment() {
        var file = new StoredFile(UUID.randomUUID(), "验收报告.pdf", "application/pdf", new byte[]{1, 2});
        files.store(file, "manager");
        return file.id();
    }

    @Test
    void the_database_refuses_an_accepted_project_without_its_landing() {
        var saved = projects.save(planned(unique("Half accepted"), AT));

        assertThatThrownBy(() -> jdbc.sql("update efficiency_project set state = 'ACCEPTED' where id = :id")
                .param("id", saved.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("efficiency_project_accepted_landed");
    }
}
