package dev.opscharter.application.shared.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.port.in.AuditTrailQueries;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.Role;

import java.util.List;

public final class AuditTrailService implements AuditTrailQueries {

    public static final int MAX_PAGE = 500;

    private final AuditLog auditLog;
    private final CurrentActor currentActor;

    public AuditTrailService(AuditLog auditLog, CurrentActor currentActor) {
        this.auditLog = auditLog;
        this.currentActor = currentActor;
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        requireReader();
        return auditLog.find(filter, Math.max(0, offset), Math.clamp(limit, 0, MAX_PAGE));
    }

    @Override
    public int count(AuditFilter filter) {
        requireReader();
        return auditLog.count(filter);
    }

    private void requireReader() {
        AccessDenied.unlessAnyOf(currentActor.get(), Role.ADMIN, Role.AUDITOR, Role.OPS_DIRECTOR);
    }
}
