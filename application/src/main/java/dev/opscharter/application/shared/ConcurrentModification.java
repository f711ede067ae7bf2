package dev.opscharter.application.shared;

/**
 * Someone else changed the record since it was loaded; nothing was written. The user reloads and
 * applies their change again.
 */
public final class ConcurrentModification extends RuntimeException {

    public ConcurrentModification(String entityType, Object id) {
        super(entityType + " " + id + " was changed by someone else");
    }
}
