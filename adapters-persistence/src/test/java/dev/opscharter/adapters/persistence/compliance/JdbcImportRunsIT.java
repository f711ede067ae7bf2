package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.compliance.port.out.ImportRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceIntegrationTest
class JdbcImportRunsIT extends ImportRunsContract {

    @Autowired
    private ImportRuns runs;

    @Autowired
    private JdbcClient jdbc;

    @Override
    protected ImportRuns runs() {
        return runs;
    }

    @Test
    void the_table_refuses_a_failed_run_without_a_reason() {
        var id = begin("x.csv", AT);
        assertThatThrownBy(() -> jdbc.sql("update execution_import_run set state = 'FAILED', finished_at = now()"
                + " where id = :id").param("id", id).update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
