package dev.opscharter.application.shared;

public final class NotFound extends RuntimeException {

    public NotFound(String entityType, Object id) {
        super(entityType + " " + id + " does not exist");
    }
}
