package dev.opscharter.application.shared.service;

import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.in.AuditTrailQueries;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.domain.shared.AuditEntry;

import java.util.List;

import static dev.opscharter.domain.shared.SharedPermission.READ_AUDIT;

public final class AuditTrailService implements AuditTrailQueries {

    private final AuditLog auditLog;
    private final UseCase uc;

    public AuditTrailService(AuditLog auditLog, UseCase uc) {
        this.auditLog = auditLog;
        this.uc = uc;
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, PageRequest page) {
        return uc.read(READ_AUDIT, () -> auditLog.find(filter, page));
    }

    @Override
    public int count(AuditFilter filter) {
        return uc.read(READ_AUDIT, () -> auditLog.count(filter));
    }
}
