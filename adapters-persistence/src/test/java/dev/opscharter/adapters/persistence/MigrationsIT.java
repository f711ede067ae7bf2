package dev.opscharter.adapters.persistence;

import dev.opscharter.adapters.persistence.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrations on a database of their own, from empty: what they seed and what they refuse. */
class MigrationsIT {

    private static JdbcClient jdbc;

    @BeforeAll
    static void migrate_a_fresh_database() {
        var database = TestDatabase.freshDatabase("migrations");
        var dataSource = new DriverManagerDataSource(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        var result = Flyway.configure().dataSource(dataSource).load().migrate();
        assertThat(result.success).isTrue();
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void the_settings_row_is_seeded_as_version_1() {
        var row = jdbc.sql("select id, organization_name, time_zone, version from organization_settings")
                .query((rs, n) -> List.of(rs.getInt("id"), rs.getString("organization_name"),
                        rs.getString("time_zone"), rs.getLong("version")))
                .list();

        assertThat(row).containsExactly(List.of(1, "OpsCharter", "Asia/Shanghai", 1L));
    }

    @Test
    void there_is_only_ever_one_settings_row() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into organization_settings (id, organization_name, time_zone, version)
                values (2, 'Second', 'UTC', 1)""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_twelve_default_departments_are_seeded_active_as_version_1() {
        var departments = jdbc.sql("select code, kind from department where active and version = 1 order by id")
                .query((rs, n) -> rs.getString("code") + ":" + rs.getString("kind"))
                .list();

        assertThat(departments).containsExactly(
                "OPERATIONS:OPERATIONS", "SALES:FUNCTIONAL", "MARKETING:FUNCTIONAL", "PRODUCT:FUNCTIONAL",
                "IT:FUNCTIONAL", "FINANCE:FUNCTIONAL", "HR:FUNCTIONAL", "CUSTOMER_SERVICE:FUNCTIONAL",
                "SUPPLY_CHAIN:FUNCTIONAL", "INTERNAL_AUDIT:FUNCTIONAL", "EXECUTIVE:EXECUTIVE", "FRONTLINE:FRONTLINE");
    }

    @Test
    void the_two_default_meeting_series_are_seeded_active_and_named_in_the_charters_language() {
        var series = jdbc.sql("select title, array_to_string(departments, ',') as departments, recurrence"
                        + " from meeting_series where active and version = 2 order by id")
                .query((rs, n) -> rs.getString("title") + ":" + rs.getString("departments") + ":"
                        + rs.getString("recurrence"))
                .list();

        assertThat(series).containsExactly("销售与市场周例会:SALES,MARKETING:WEEKLY",
                "财务月度对账会:FINANCE:MONTHLY");
    }

    @Test
    void the_database_refuses_values_the_domain_would_never_produce() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into department (id, code, name_zh, name_en, kind, active, version)
                values (gen_random_uuid(), 'NEW_KIND', '新', 'New', 'DIVISION', true, 1)""").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("department_kind_known");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into department (id, code, name_zh, name_en, kind, active, version)
                values (gen_random_uuid(), 'UNVERSIONED', '新', 'New', 'FUNCTIONAL', true, 0)""").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("department_version_stored");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into person_role (person_id, role) values (gen_random_uuid(), 'CEO')""").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("person_role_known");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into person (id, name, email, department_id, core_staff, joined_on, left_on, version)
                values (gen_random_uuid(), 'Early Leaver', 'e@example.com', 'de000000-0000-4000-8000-000000000001',
                        false, date '2024-05-01', date '2024-04-30', 1)""").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("person_left_after_joining");
    }
}
