package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.appraisal.port.out.Standards;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIntegrationTest
class JdbcStandardsIT extends StandardsContract {

    @Autowired
    private Standards standards;

    @Override
    protected Standards standards() {
        return standards;
    }
}
