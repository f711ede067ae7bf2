package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.shared.port.out.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIntegrationTest
class JdbcAuditLogIT extends AuditLogContract {

    @Autowired
    private AuditLog auditLog;

    @Override
    protected AuditLog auditLog() {
        return auditLog;
    }
}
