package dev.opscharter.bootstrap.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The default database of the run command: real PostgreSQL 17 whose data survives a restart. */
class EmbeddedDatabaseIT {

    @TempDir
    Path home;

    @Test
    void data_written_before_a_restart_is_there_after_it() throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        var properties = new OpsCharterProperties(home, false, null, null);

        try (var postgres = configuration.embeddedPostgres(properties);
             var dataSource = (com.zaxxer.hikari.HikariDataSource) configuration.dataSource(postgres);
             var connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            assertThat(connection.getMetaData().getDatabaseProductVersion()).startsWith("17.");
            assertThat(connection.getCatalog()).isEqualTo("opscharter");
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('survives restarts')");
        }
        assertThat(Files.exists(home.resolve("pgdata").resolve("PG_VERSION"))).isTrue();

        try (var postgres = configuration.embeddedPostgres(properties);
             var dataSource = (com.zaxxer.hikari.HikariDataSource) configuration.dataSource(postgres);
             var connection = dataSource.getConnection();
             var result = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("survives restarts");
        }
    }
}
