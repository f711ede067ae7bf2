package dev.opscharter.adapters.persistence;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's connection (the least-privileged role, as in production) may write rows but
 * cannot change the records the database keeps append-only, nor take their protection away: the
 * privileges refuse it before any trigger is asked. The owner is refused by the triggers.
 */
@PersistenceIntegrationTest
class ApplicationRolePrivilegesIT {

    @Autowired
    private JdbcClient application;

    @Autowired
    private DataSource applicationDataSource;

    private final JdbcClient owner = JdbcClient.create(TestDatabase.ownerDataSource());

    @Test
    void the_application_connects_as_a_role_that_owns_nothing_and_is_no_superuser() {
        assertThat(application.sql("select current_user").query(String.class).single())
                .isEqualTo(TestDatabase.APPLICATION_ROLE);
        assertThat(application.sql("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls "
                + "from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThat(application.sql("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and pg_get_userbyid(c.relowner) = current_user""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_application_writes_audit_entries_but_cannot_update_or_delete_them() {
        var entry = auditEntry();

        assertThatThrownBy(() -> application.sql("update audit_entry set actor = 'someone else' where id = :id")
                .param("id", entry).update()).rootCause().hasMessageContaining("permission denied for table audit_entry");
        assertThatThrownBy(() -> application.sql("delete from audit_entry where id = :id")
                .param("id", entry).update()).rootCause().hasMessageContaining("permission denied for table audit_entry");
        assertThatThrownBy(() -> application.sql("update audit_change set after_value = 'x' where entry_id = :id")
                .param("id", entry).update()).rootCause().hasMessageContaining("permission denied for table audit_change");
        assertThatThrownBy(() -> application.sql("delete from audit_change where entry_id = :id")
                .param("id", entry).update()).rootCause().hasMessageContaining("permission denied for table audit_change");

        assertThat(application.sql("select actor from audit_entry where id = :id").param("id", entry)
                .query(String.class).single()).isEqualTo("auditor");
    }

    @Test
    void the_application_cannot_change_or_remove_kept_inspection_reports() {
        assertThatThrownBy(() -> application.sql("update compliance_check_report set file_name = 'other.pdf'")
                .update()).rootCause().hasMessageContaining("permission denied for table compliance_check_report");
        assertThatThrownBy(() -> application.sql("delete from compliance_check_report").update())
                .rootCause().hasMessageContaining("permission denied for table compliance_check_report");
    }

    @Test
    void the_application_cannot_disable_the_triggers_truncate_alter_or_drop() {
        for (var table : ApplicationRolePrivileges.APPEND_ONLY) {
            assertThatThrownBy(() -> application.sql("alter table " + table + " disable trigger all").update())
                    .rootCause().hasMessageContaining("must be owner of table " + table);
            assertThatThrownBy(() -> application.sql("truncate " + table).update())
                    .rootCause().hasMessageContaining("permission denied for table " + table);
            assertThatThrownBy(() -> application.sql("drop table " + table).update())
                    .rootCause().hasMessageContaining("must be owner of table " + table);
        }
        assertThatThrownBy(() -> application.sql("set session_replication_role = replica").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> application.sql("create table smuggled (id int)").update())
                .rootCause().hasMessageContaining("permission denied for schema");
    }

    @Test
    void the_application_may_vacuum_the_execution_records_it_imports() throws Exception {
        // without MAINTAIN, PostgreSQL skips the table with a warning ("permission denied to vacuum")
        try (var connection = applicationDataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum (analyze) execution_case");
            var warning = statement.getWarnings();
            assertThat(warning == null ? "" : warning.getMessage()).isEmpty();
        }
    }

    @Test
    void even_the_owner_cannot_change_the_audit_trail_the_triggers_refuse_it() {
        var entry = auditEntry();

        assertThatThrownBy(() -> owner.sql("update audit_entry set actor = 'someone else' where id = :id")
                .param("id", entry).update()).rootCause().hasMessageContaining("audit_entry is append-only: no update");
        assertThatThrownBy(() -> owner.sql("delete from audit_change where entry_id = :id")
                .param("id", entry).update()).rootCause().hasMessageContaining("audit_change is append-only: no delete");
        assertThatThrownBy(() -> owner.sql("truncate audit_change").update())
                .rootCause().hasMessageContaining("audit_change is append-only: no truncate");
    }

    private UUID auditEntry() {
        var id = UUID.randomUUID();
        application.sql("""
                insert into audit_entry (id, occurred_at, actor, entity_type, entity_id, action)
                values (:id, now(), 'auditor', 'TEST', :entity, 'TESTED')""").param("id", id).param("entity", id.toString())
                .update();
        application.sql("""
                insert into audit_change (entry_id, position, field, before_value, after_value)
                values (:id, 0, 'field', 'before', 'after')""").param("id", id).update();
        return id;
    }
}
