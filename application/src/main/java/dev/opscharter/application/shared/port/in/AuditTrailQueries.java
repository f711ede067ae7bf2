package dev.opscharter.application.shared.port.in;

import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.shared.AuditEntry;

import java.util.List;

/** Browsing the audit trail: administrators, auditors and the director. */
public interface AuditTrailQueries {

    /** A page of the entries the filter finds, newest first; at most {@link PageRequest#MAX_LIMIT}. */
    List<AuditEntry> find(AuditFilter filter, PageRequest page);

    /** The same page by its bounds; a negative offset starts at the beginning, a negative limit finds nothing. */
    default List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return find(filter, new PageRequest(Math.max(0, offset), Math.max(0, limit)));
    }

    int count(AuditFilter filter);
}
