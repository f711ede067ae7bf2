package dev.opscharter.application.shared.port.out;

import dev.opscharter.application.shared.AuditFilter;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.domain.shared.AuditEntry;

import java.util.List;

/** Where audit entries are kept; written in the same transaction as the change they describe. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Newest first. */
    default List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return find(filter, new PageRequest(Math.max(0, offset), Math.max(0, limit)));
    }

    /**
     * A page in the page's order: by {@link AuditFilter#BY_TIME} ascending or descending; newest first when the
     * page names no key this log knows. Ties are broken by id, so that pages never overlap.
     */
    List<AuditEntry> find(AuditFilter filter, PageRequest page);

    int count(AuditFilter filter);
}
