package dev.opscharter.adapters.persistence;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Work that runs after every Flyway migrate, on Flyway's connection, i.e. as the owner of the
 * schema. Spring Boot hands every {@link Callback} bean to Flyway, in {@code @Order}.
 */
public abstract class AfterMigrate implements Callback {

    private final String name;
    private final boolean inTransaction;

    protected AfterMigrate(String name, boolean inTransaction) {
        this.name = name;
        this.inTransaction = inTransaction;
    }

    @Override
    public final boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public final boolean canHandleInTransaction(Event event, Context context) {
        return inTransaction;
    }

    @Override
    public final String getCallbackName() {
        return name;
    }
}
