package dev.opscharter.application.shared.port.in;

import dev.opscharter.domain.shared.AuditEntry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Browsing the audit trail: administrators, auditors and the director. */
public interface AuditTrailQueries {

    List<AuditEntry> find(AuditFilter filter, int offset, int limit);

    int count(AuditFilter filter);

    /**
     * All parts optional; text parts match case-insensitively anywhere in the field; the entity id
     * part also finds the record by its label (a name or a code).
     */
    record AuditFilter(Optional<String> actor, Optional<String> entityType, Optional<String> entityId,
                       Optional<Instant> from, Optional<Instant> to) {

        public static final AuditFilter ALL = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
