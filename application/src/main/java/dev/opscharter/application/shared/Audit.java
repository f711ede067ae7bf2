package dev.opscharter.application.shared;

import dev.opscharter.application.shared.port.out.AuditLog;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;

import java.time.Clock;
import java.util.Map;

/** Writes the audit entry of a change; call it inside the use case's transaction. */
public final class Audit {

    private final AuditLog log;
    private final CurrentActor actor;
    private final Clock clock;

    public Audit(AuditLog log, CurrentActor actor, Clock clock) {
        this.log = log;
        this.actor = actor;
        this.clock = clock;
    }

    /** @param label the record in words, e.g. a person's name */
    public void created(String entityType, Object id, String label, Map<String, String> after) {
        record(entityType, id, label, AuditAction.CREATE, Map.of(), after);
    }

    public void record(String entityType, Object id, String label, AuditAction action, Map<String, String> before,
                       Map<String, String> after) {
        log.record(AuditEntry.of(clock.instant(), actor.get(), entityType, id.toString(), label, action, before,
                after));
    }
}
