package dev.opscharter.application.shared.port.out;

import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.domain.shared.AuditEntry;

import java.util.List;

/** Where audit entries are kept; written in the same transaction as the change they describe. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Newest first. */
    List<AuditEntry> find(AuditFilter filter, int offset, int limit);

    int count(AuditFilter filter);
}
