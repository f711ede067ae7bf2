package dev.opscharter.application.shared.service;

import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.in.AuditTrailQueries;
import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.Role;

import java.util.List;

public final class AuditTrailService implements AuditTrailQueries {

    private final AuditLog auditLog;
    private final CurrentActor currentActor;

    public AuditTrailService(AuditLog auditLog, CurrentActor currentActor) {
        this.auditLog = auditLog;
        this.currentActor = currentActor;
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, PageRequest page) {
        requireReader();
        return auditLog.find(filter, (int) Math.min(page.offset(), Integer.MAX_VALUE), page.limit());
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
