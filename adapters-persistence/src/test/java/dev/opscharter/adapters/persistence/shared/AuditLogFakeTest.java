package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.fakes.InMemoryAuditLog;
import dev.opscharter.application.shared.port.out.AuditLog;

class AuditLogFakeTest extends AuditLogContract {

    private final AuditLog auditLog = new InMemoryAuditLog();

    @Override
    protected AuditLog auditLog() {
        return auditLog;
    }
}
