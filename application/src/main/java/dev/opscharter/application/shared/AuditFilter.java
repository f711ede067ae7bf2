package dev.opscharter.application.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * All parts optional; text parts match case-insensitively anywhere in the field; the entity id
 * part also finds the record by its label (a name or a code).
 */
public record AuditFilter(Optional<String> actor, Optional<String> entityType, Optional<String> entityId,
                          Optional<Instant> from, Optional<Instant> to) {

    public static final AuditFilter ALL = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());
}
