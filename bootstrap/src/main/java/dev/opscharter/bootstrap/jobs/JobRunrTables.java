package dev.opscharter.bootstrap.jobs;

import dev.opscharter.adapters.persistence.AfterMigrate;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jobrunr.spring.autoconfigure.JobRunrProperties;
import org.jobrunr.storage.sql.common.DatabaseCreator;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Creates and upgrades JobRunr's {@code jobrunr_*} tables as the owner of the schema, right after
 * Flyway's migrations and on Flyway's connection: the application's role may not create tables,
 * so JobRunr itself only checks they are there ({@code jobrunr.database.skip-create=true}).
 * Runs before {@code ApplicationRolePrivileges}, which then grants the application role their rows.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class JobRunrTables extends AfterMigrate {

    private final JobRunrProperties properties;

    JobRunrTables(JobRunrProperties properties) {
        // outside Flyway's transaction: JobRunr commits each of its own migrations
        super("JobRunr tables", false);
        this.properties = properties;
    }

    @Override
    public void handle(Event event, Context context) {
        // Flyway keeps its connection: JobRunr gets it without the right to close it
        var owner = new SingleConnectionDataSource(context.getConnection(), true);
        var prefix = properties.getDatabase().getTablePrefix();
        var creator = prefix == null || prefix.isBlank()
                ? new DatabaseCreator(owner, PostgresStorageProvider.class)
                : new DatabaseCreator(owner, prefix, PostgresStorageProvider.class);
        creator.runMigrations();
    }
}
